package org.opennrm.matching.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
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

	/**
	 * The rows read; for a workbook, the sheet they were read from and the names of the others, which are not read.
	 *
	 * @param sheet null for a CSV file
	 */
	record Input(List<Line> lines, String sheet, List<String> otherSheets) {
	}

	static Input read(Path file, Charset encoding) throws InputException {
		if (!Files.isReadable(file)) {
			throw new InputException("matching.cli.unreadable", file);
		}
		try {
			byte[] start = firstBytes(file, 8);
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
				// the old binary format; an .xlsx protected by a password is kept in it too, encrypted
				throw new InputException(name.endsWith(".xlsx") || name.endsWith(".xlsm") ? "matching.cli.protectedWorkbook"
						: "matching.cli.oldExcel", file);
			}
			if (startsWith(start, 0x50, 0x4B, 0x03, 0x04) || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
				// a zip is read as an Excel workbook whatever its name; a file named so that is none is refused
				return readXlsx(file);
			}
			return new Input(readCsv(file, encoding), null, List.of());
		}
		catch (IOException ex) {
			throw new InputException("matching.cli.unreadable", file);
		}
	}

	private static List<Line> readCsv(Path file, Charset encoding) throws IOException, InputException {
		byte[] bytes = Files.readAllBytes(file);
		String text;
		if (encoding == null) {
			// UTF-8, with or without its byte order mark; UTF-16 only with one (Excel's "Unicode text")
			Charset found = StandardCharsets.UTF_8;
			int offset = 0;
			if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
				offset = 3;
			}
			else if (startsWith(bytes, 0xFF, 0xFE)) {
				found = StandardCharsets.UTF_16LE;
				offset = 2;
			}
			else if (startsWith(bytes, 0xFE, 0xFF)) {
				found = StandardCharsets.UTF_16BE;
				offset = 2;
			}
			try {
				text = decode(bytes, offset, found);
			}
			catch (CharacterCodingException ex) {
				Undecodable at = firstUndecodable(bytes, offset, found);
				throw new InputException("matching.cli.notUtf8", file, at.line(), at.hex());
			}
		}
		else {
			try {
				text = decode(bytes, 0, encoding);
			}
			catch (CharacterCodingException ex) {
				Undecodable at = firstUndecodable(bytes, 0, encoding);
				throw new InputException("matching.cli.notInEncoding", file, encoding.name(), at.line(), at.hex());
			}
			if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
				text = text.substring(1);
			}
		}
		if (text.isBlank()) {
			throw new InputException("matching.cli.empty", file);
		}
		char delimiter = detectDelimiter(text);
		// text after a closing quote is kept ("Ali" Veli reads as Ali Veli), as spreadsheets write nicknames so
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
			.setTrailingData(true).get();
		PhysicalLines physical = new PhysicalLines(text);
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = null;
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
					throw new InputException("matching.cli.unclosedQuote", physical.firstNonBlankAfter(readUpTo));
				}
				readUpTo = parser.getCurrentLineNumber();
				if (header == null) {
					header = header(record.toList());
					continue;
				}
				// the parser counts the empty lines it passed over as the record's beginning
				long lineNumber = physical.firstNonBlankAfter(physical.lineAt(record.getCharacterPosition()) - 1);
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

		/** The first line after the first {@code lines} that holds more than white space. */
		long firstNonBlankAfter(long lines) {
			int line = (int) Math.min(lines, starts.length - 1);
			while (line < starts.length - 1 && text.substring(starts[line], starts[line + 1]).isBlank()) {
				line++;
			}
			return line + 1L;
		}

	}

	/** Where a file stops being text of its encoding: the line (1 for the first), and the bytes there in hex. */
	record Undecodable(long line, String hex) {
	}

	/**
	 * The first bytes from {@code offset} that {@code charset} cannot read, so that the user can find them (an "ş"
	 * saved by Turkish Excel is the byte FE, which is no UTF-8): its line counted by the line feeds before it, as an
	 * editor counts (in UTF-16, by the line-feed characters).
	 */
	static Undecodable firstUndecodable(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = strictDecoder(charset);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(8192);
		long lines = 1;
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			out.flip();
			while (out.hasRemaining()) {
				if (out.get() == '\n') {
					lines++;
				}
			}
			out.clear();
			if (result.isError()) {
				int at = in.position();
				int length = Math.min(result.length(), bytes.length - at);
				StringBuilder hex = new StringBuilder();
				for (int i = at; i < at + length; i++) {
					hex.append(hex.isEmpty() ? "" : " ").append(String.format(java.util.Locale.ROOT, "%02X", bytes[i] & 0xFF));
				}
				return new Undecodable(lines, hex.toString());
			}
			if (result.isUnderflow()) {
				// no error: decoded whole (a caller asks only after one)
				return new Undecodable(lines, "");
			}
		}
	}

	private static String decode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
		return strictDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
	}

	/** A decoder that reports bytes that are no character of {@code charset} rather than replacing them. */
	private static CharsetDecoder strictDecoder(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static byte[] firstBytes(Path file, int count) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(count);
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The delimiter the first line that is not blank (the header) uses most: tab, semicolon or comma. */
	static char detectDelimiter(String text) {
		String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
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

	/**
	 * A row's cells of the columns the command reads, by name, stripped; cells the row lacks at its end are empty.
	 * Other columns are not kept: a sheet with thousands of them would otherwise hold them all for every row.
	 */
	private static Map<String, String> values(List<String> header, List<String> cells) {
		Map<String, String> values = new HashMap<>(16);
		for (int i = 0; i < header.size(); i++) {
			if (COLUMNS.contains(header.get(i))) {
				values.put(header.get(i), i < cells.size() ? cells.get(i).strip() : "");
			}
		}
		return values;
	}

	private static List<String> header(List<String> names) throws InputException {
		List<String> header = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InputException("matching.cli.missingColumns", String.join(", ", missing), String.join(",", COLUMNS));
		}
		// a column named twice: which of its two values is the record's cannot be told
		List<String> repeated = COLUMNS.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).toList();
		if (!repeated.isEmpty()) {
			throw new InputException("matching.cli.repeatedColumns", String.join(", ", repeated));
		}
		return header;
	}

	/**
	 * Reads the first sheet as a stream of rows (POI's event API): the workbook is never held whole, so a sheet of
	 * a million rows reads in the memory its text needs. Held whole (XSSFWorkbook), 100,000 rows took 3.2 GB. A
	 * workbook with other sheets is read all the same, and said so ({@link Input#otherSheets}).
	 */
	private static Input readXlsx(Path file) throws InputException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InputException("matching.cli.empty", file);
			}
			Rows rows = new Rows();
			String first;
			try (InputStream sheet = sheets.next()) {
				first = sheets.getSheetName();
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
			List<String> others = new ArrayList<>();
			while (sheets.hasNext()) {
				sheets.next().close();
				others.add(sheets.getSheetName());
			}
			return new Input(rows.lines, first, others);
		}
		catch (InputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | OpenXML4JException | SAXException | ParserConfigurationException ex) {
			// damaged, protected by a password, a zip of something else, a zip bomb or a declared DTD (both refused
			// by POI), a cell that points nowhere: why, in a line
			throw new InputException("matching.cli.brokenWorkbook", file, reason(ex));
		}
	}

	/** The first line of a failure's message, at most 120 characters, or its kind when it has none. */
	static String reason(Exception ex) {
		String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
				: ex.getMessage().strip().lines().findFirst().orElse("");
		return message.length() > 120 ? message.substring(0, 120) + "…" : message;
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
			if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
				// as Excel keeps it, not as its General format shows it: an id such as 123456789012 would show
				// as 1.23457E+11, and two ids would become one
				return NumberToTextConverter.toText(value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904);
		}

	}

}
