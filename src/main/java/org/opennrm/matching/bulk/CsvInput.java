package org.opennrm.matching.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (comma, semicolon or tab, told from the header) into rows by column name, each with the line an
 * editor shows it on; a row that cannot be read (a stray quote, the wrong number of fields) is kept with its reason.
 */
final class CsvInput {

	private CsvInput() {
	}

	/**
	 * @param notices what is said of the file as a whole: its encoding's doubts, and what {@code search} passed over
	 * @param search  finds the header, whose names the caller reads once the lines are read
	 */
	static List<InputReader.Line> read(Path file, byte[] bytes, Charset encoding, boolean forced,
			List<RowMessage> notices, HeaderSearch search) throws IOException, InputReader.InputException {
		String text = TextDecoding.decodeText(file, bytes, encoding, forced, notices);
		if (text.isBlank()) {
			throw new InputReader.InputException("matching.cli.empty", file);
		}
		char delimiter = HeaderSearch.delimiter(text);
		// text after a closing quote is kept ("Ali" Veli reads as Ali Veli), as spreadsheets write nicknames so
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
			.setTrailingData(true).get();
		PhysicalLines physical = new PhysicalLines(text);
		List<InputReader.Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			var records = parser.iterator();
			long readUpTo = 0;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException ex) {
					// a quote opened and never closed: nothing after it can be told apart
					throw new InputReader.InputException("matching.cli.unclosedQuote", physical.firstNonBlankAfter(readUpTo));
				}
				readUpTo = parser.getCurrentLineNumber();
				if (record.stream().allMatch(String::isBlank)) {
					// a line of spaces, or of delimiters alone (a formatted empty row of Excel's): a blank line
					continue;
				}
				// the parser counts the empty lines it passed over as the record's beginning
				long lineNumber = physical.firstNonBlankAfter(physical.lineAt(record.getCharacterPosition()) - 1);
				if (search.header() == null) {
					search.offer(lineNumber, record.toList());
					continue;
				}
				List<String> header = search.header();
				if (readUpTo > lineNumber && physical.fieldsOnLine(lineNumber, delimiter) == header.size()
						&& (record.size() != header.size() || physical.fieldsOnLine(readUpTo, delimiter) == header.size())) {
					// a line that is a whole row on its own opens a quote that closes lines later: a stray quote took
					// the rows between into one field (its field count is right when the closing quote stands where
					// the opening one does, a nickname in quotes on a later row)
					lines.add(new InputReader.Line(lineNumber, Map.of(), "matching.cli.row.strayQuote",
							new Object[] { lineNumber, readUpTo, readUpTo - lineNumber }));
					continue;
				}
				RowMessage repeated = search.repeated(record.toList());
				if (repeated != null) {
					lines.add(new InputReader.Line(lineNumber, Map.of(), repeated.key(), repeated.args()));
					continue;
				}
				if (record.size() != header.size()) {
					lines.add(new InputReader.Line(lineNumber, Map.of(), "matching.cli.row.fieldCount",
							new Object[] { header.size(), record.size() }));
					continue;
				}
				lines.add(new InputReader.Line(lineNumber, InputReader.values(header, record.toList()), null, null));
			}
		}
		search.end();
		if (lines.isEmpty()) {
			throw new InputReader.InputException(
					search.header() != null ? "matching.cli.headerOnly" : "matching.cli.empty", file);
		}
		return lines;
	}

	/** The line numbers of a text, as an editor shows them: records can span lines, and empty lines are skipped. */
	private static final class PhysicalLines {

		private final String text;
		private final int[] starts;

		PhysicalLines(String text) {
			this.text = text;
			List<Integer> found = new ArrayList<>();
			found.add(0);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				// a line ends with LF, CR LF, or a CR alone (old Mac files), as the CSV parser reads them
				if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
					found.add(i + 1);
				}
			}
			starts = found.stream().mapToInt(Integer::intValue).toArray();
		}

		/** The line (from 1) holding the character at {@code offset}. */
		long lineAt(long offset) {
			int at = java.util.Arrays.binarySearch(starts, (int) offset);
			return (at >= 0 ? at : -at - 2) + 1L;
		}

		/** The fields of a line split at every delimiter, quotes or not: as many as the header's for a row on its own. */
		int fieldsOnLine(long line, char delimiter) {
			int end = line < starts.length ? starts[(int) line] : text.length();
			return HeaderSearch.count(text.substring(starts[(int) line - 1], end), delimiter) + 1;
		}

		/** The first line after the first {@code lines} that holds more than white space. */
		long firstNonBlankAfter(long lines) {
			int line = (int) Math.min(lines, starts.length - 1);
			while (line < starts.length - 1 && text.substring(starts[line], starts[line + 1]).isBlank()) {
				line++;
			}
			return line + 1L;
		}

	}

}
