package org.opennrm.matching.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the input of the bulk command, CSV (comma, semicolon or tab; UTF-8 with or without BOM, or a named
 * encoding) or .xlsx, into rows of text by column name, each with the line it came from.
 */
final class InputReader {

	static final List<String> COLUMNS = List.of("id", "given_names", "family_names", "full_name_original", "birth_date",
			"birth_year", "sex", "citizenship");

	/** A problem that ends the run, with its message key and arguments. */
	static final class InputException extends Exception {

		final String key;
		final transient Object[] args;

		InputException(String key, Object... args) {
			super(key);
			this.key = key;
			this.args = args;
		}

	}

	/** A data row, or the reason it cannot be read (wrong number of fields). */
	record Line(long number, Map<String, String> values, String problemKey, Object[] problemArgs) {
	}

	static List<Line> read(Path file, Charset encoding) throws InputException {
		if (!Files.isReadable(file)) {
			throw new InputException("matching.cli.unreadable", file);
		}
		try {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
				return readXlsx(file);
			}
			return readCsv(file, encoding);
		}
		catch (IOException ex) {
			throw new InputException("matching.cli.unreadable", file);
		}
	}

	private static List<Line> readCsv(Path file, Charset encoding) throws IOException, InputException {
		byte[] bytes = Files.readAllBytes(file);
		String text;
		if (encoding == null) {
			int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
			}
			catch (CharacterCodingException ex) {
				throw new InputException("matching.cli.notUtf8", file);
			}
		}
		else {
			text = new String(bytes, encoding);
			if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
				text = text.substring(1);
			}
		}
		if (text.isBlank()) {
			throw new InputException("matching.cli.empty", file);
		}
		char delimiter = detectDelimiter(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = null;
			for (CSVRecord record : parser) {
				if (header == null) {
					header = header(record.toList());
					continue;
				}
				long lineNumber = record.getRecordNumber();
				if (record.size() != header.size()) {
					lines.add(new Line(lineNumber, Map.of(), "matching.cli.row.fieldCount",
							new Object[] { header.size(), record.size() }));
					continue;
				}
				lines.add(new Line(lineNumber, values(header, record.toList()), null, null));
			}
			if (header == null) {
				throw new InputException("matching.cli.empty", file);
			}
		}
		return lines;
	}

	static char detectDelimiter(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		int commas = count(first, ',');
		int semicolons = count(first, ';');
		int tabs = count(first, '\t');
		if (tabs >= commas && tabs >= semicolons && tabs > 0) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(ch -> ch == c).count();
	}

	/** A row's cells by column name, stripped; cells the row lacks at its end are empty. */
	private static Map<String, String> values(List<String> header, List<String> cells) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			values.put(header.get(i), i < cells.size() ? cells.get(i).strip() : "");
		}
		return values;
	}

	private static List<String> header(List<String> names) throws InputException {
		List<String> header = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InputException("matching.cli.missingColumns", String.join(", ", missing), String.join(",", COLUMNS));
		}
		return header;
	}

	/**
	 * Reads the first sheet as a stream of rows (POI's event API): the workbook is never held whole, so a sheet of
	 * a million rows reads in the memory its text needs. Held whole (XSSFWorkbook), 100,000 rows took 3.2 GB.
	 */
	private static List<Line> readXlsx(Path file) throws IOException, InputException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InputException("matching.cli.empty", file);
			}
			Rows rows = new Rows();
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(workbook, false), rows, new IsoDates(), false));
				parser.parse(new InputSource(sheet));
			}
			catch (Rows.HeaderProblem problem) {
				throw problem.cause;
			}
			if (rows.header == null) {
				throw new InputException("matching.cli.empty", file);
			}
			return rows.lines;
		}
		catch (NotOfficeXmlFileException | POIXMLException | OpenXML4JException | SAXException
				| ParserConfigurationException ex) {
			throw new InputException("matching.cli.unreadable", file);
		}
	}

	/** The rows of a sheet as they are read: the first non-empty one is the header. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		/** A header without the columns, carried out of the parser's callbacks. */
		static final class HeaderProblem extends RuntimeException {

			final transient InputException cause;

			HeaderProblem(InputException cause) {
				super(cause.key, null, false, false);
				this.cause = cause;
			}

		}

		/** The last column of an .xlsx sheet (XFD). */
		static final int LAST_COLUMN = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

		final List<Line> lines = new ArrayList<>();
		List<String> header;
		private final List<String> cells = new ArrayList<>();

		@Override
		public void startRow(int row) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			if (column > LAST_COLUMN) {
				// no sheet Excel writes has such a cell; padding up to it would fill the memory ("ZZZZZZ1")
				return;
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

		@Override
		public void endRow(int row) {
			if (cells.stream().allMatch(String::isEmpty)) {
				return;
			}
			if (header == null) {
				try {
					// by position: a table may begin in a later column, or leave one empty
					header = header(List.copyOf(cells));
				}
				catch (InputException ex) {
					throw new HeaderProblem(ex);
				}
				return;
			}
			lines.add(new Line(row + 1L, values(header, cells), null, null));
		}

	}

	/** Numbers formatted as dates read as ISO dates ({@code yyyy-mm-dd}), whatever the sheet's display format. */
	private static final class IsoDates extends DataFormatter {

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904);
		}

	}

}
