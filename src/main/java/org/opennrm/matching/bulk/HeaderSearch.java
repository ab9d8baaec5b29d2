package org.opennrm.matching.bulk;

import java.util.ArrayList;
import java.util.List;

import org.opennrm.shared.TextFolding;

/**
 * The header of the bulk command's input, CSV or workbook: the first line that is not blank, or, below a title
 * ("Ankara İl Göç İdaresi – 2019 kayıtları" in the first row, as registers exported to Excel often have), the first
 * line among the first {@link #FIRST_LINES} that names the columns. Lines above it that hold no more than a title does
 * ({@link #TITLE_VALUES} values each) are passed over, and said so; lines above it that hold more may be records, and
 * the user is told to delete them. Once the header is found, a line that repeats it (files put together one after the
 * other) is told apart from a record.
 */
final class HeaderSearch {

	/** The lines that are not blank in which the header is looked for. */
	static final int FIRST_LINES = 10;

	/** A line above the header with at most this many values is a title, a subtitle or a date, not a record. */
	static final int TITLE_VALUES = 2;

	private final List<RowMessage> notices;

	private List<String> header;

	/** The first line that is not blank, and its cells: the header, unless a later line is. */
	private long firstLine;

	private List<String> firstCells;

	private int looked;

	private boolean titlesAbove = true;

	/** @param notices where the lines passed over as a title are said */
	HeaderSearch(List<RowMessage> notices) {
		this.notices = notices;
	}

	/** The columns by position, as the header names them; null until it is found. */
	List<String> header() {
		return header;
	}

	/**
	 * Takes a line that is not blank, before the header is found: the header, or a line above it.
	 *
	 * @throws InputReader.InputException when none of the first lines is the header, or one is below lines that may
	 *                                    be records
	 */
	void offer(long line, List<String> cells) throws InputReader.InputException {
		List<String> names = names(cells);
		if (InputReader.COLUMNS.stream().allMatch(names::contains)) {
			if (firstLine != 0 && !titlesAbove) {
				throw new InputReader.InputException("matching.cli.headerBelowRecords", firstLine,
						String.join(", ", missing(firstCells)), line);
			}
			header = checked(names);
			if (firstLine != 0) {
				notices.add(new RowMessage("matching.cli.titleLines", line, firstLine));
			}
			return;
		}
		if (firstLine == 0) {
			firstLine = line;
			firstCells = List.copyOf(cells);
		}
		titlesAbove &= cells.stream().filter(cell -> !cell.isBlank()).count() <= TITLE_VALUES;
		if (++looked == FIRST_LINES) {
			throw noHeader();
		}
	}

	/**
	 * The table ended, and the header was not found.
	 *
	 * @throws InputReader.InputException the first line's missing columns; none when no line was offered
	 */
	void end() throws InputReader.InputException {
		if (header == null && firstLine != 0) {
			throw noHeader();
		}
	}

	private InputReader.InputException noHeader() {
		return new InputReader.InputException("matching.cli.missingColumns", firstLine,
				String.join(", ", missing(firstCells)), String.join(",", InputReader.COLUMNS), FIRST_LINES);
	}

	/**
	 * Why a line after the header is no record because it repeats the header, or null. A header whose columns stand in
	 * another order (a file of another program put after the first) becomes the header of the lines after it.
	 */
	RowMessage repeated(List<String> cells) {
		int id = header.indexOf("id");
		if (id >= cells.size() || !InputReader.COLUMNS.contains(TextFolding.fold(cells.get(id)))) {
			return null; // a record's id: most lines are records, told so without reading their other cells
		}
		List<String> names = names(cells);
		if (!InputReader.COLUMNS.stream().allMatch(column -> names.indexOf(column) >= 0
				&& names.indexOf(column) == names.lastIndexOf(column))) {
			return null;
		}
		if (InputReader.COLUMNS.stream().allMatch(column -> names.indexOf(column) == header.indexOf(column))) {
			return new RowMessage("matching.cli.row.repeatedHeader");
		}
		header = names;
		return new RowMessage("matching.cli.row.reorderedHeader");
	}

	/** The header's names, each column at most once. */
	private static List<String> checked(List<String> names) throws InputReader.InputException {
		// a column named twice: which of its two values is the record's cannot be told
		List<String> repeated = InputReader.COLUMNS.stream()
			.filter(c -> names.indexOf(c) != names.lastIndexOf(c))
			.toList();
		if (!repeated.isEmpty()) {
			throw new InputReader.InputException("matching.cli.repeatedColumns", String.join(", ", repeated));
		}
		return names;
	}

	private static List<String> missing(List<String> cells) {
		List<String> names = names(cells);
		return InputReader.COLUMNS.stream().filter(c -> !names.contains(c)).toList();
	}

	/**
	 * The cells as the columns are named, whatever their case and marks ({@link TextFolding#fold}): Turkish Excel
	 * upper-cases given_names to GİVEN_NAMES, a Turkish lower case of GIVEN_NAMES is gıven_names, with a dotless ı, and
	 * a header copied from elsewhere may hold full-width letters or invisible characters.
	 */
	private static List<String> names(List<String> cells) {
		List<String> names = new ArrayList<>(cells.size());
		cells.forEach(cell -> names.add(TextFolding.fold(cell)));
		return names;
	}

	/**
	 * The delimiter of a CSV text: the one that splits a line among the first {@link #FIRST_LINES} that are not blank
	 * into the columns' names (the header, below a title that may hold commas of its own); else the one the first
	 * line that is not blank uses most, tab, semicolon or comma.
	 */
	static char delimiter(String text) {
		List<String> first = text.lines().filter(line -> !line.isBlank()).limit(FIRST_LINES).toList();
		for (String line : first) {
			for (char delimiter : new char[] { '\t', ';', ',' }) {
				List<String> names = names(List.of(line.split(String.valueOf(delimiter), -1))).stream()
					.map(name -> name.replace("\"", ""))
					.toList();
				if (names.containsAll(InputReader.COLUMNS)) {
					return delimiter;
				}
			}
		}
		String line = first.isEmpty() ? "" : first.get(0);
		int commas = count(line, ',');
		int semicolons = count(line, ';');
		int tabs = count(line, '\t');
		if (tabs >= commas && tabs >= semicolons && tabs > 0) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	static int count(String text, char c) {
		return (int) text.chars().filter(ch -> ch == c).count();
	}

}
