package org.opennrm.matching.bulk;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
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
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLTypeLoader;
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
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import org.opennrm.matching.PersonRecord;

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

	/** A data row, or the reason it cannot be read (wrong number of fields, a stray quote). */
	record Line(long number, Map<String, String> values, String problemKey, Object[] problemArgs) {
	}

	/**
	 * The rows read; for a workbook, the sheet they were read from and the names of the others, which are not read;
	 * what the user is told of the file as a whole (lines passed over as a title, an encoding named that its text may
	 * not be in).
	 *
	 * @param sheet null for a CSV file
	 */
	record Input(List<Line> lines, String sheet, List<String> otherSheets, List<RowMessage> notices) {
	}

	/**
	 * @param encoding the encoding named, or null
	 * @param forced   whether it was named with {@code --force-encoding}: read as such even where its text looks like
	 *                 another encoding's ({@link EncodingCheck})
	 */
	static Input read(Path file, Charset encoding, boolean forced) throws InputException {
		if (!Files.exists(file)) {
			throw file.isAbsolute() ? new InputException("matching.cli.noInput", file)
					: new InputException("matching.cli.noInputHere", file, Path.of("").toAbsolutePath());
		}
		if (Files.isDirectory(file)) {
			throw new InputException("matching.cli.inputIsFolder", file);
		}
		if (!Files.isReadable(file)) {
			throw new InputException("matching.cli.unreadable", file);
		}
		// one stream, its first bytes looked at and given back: a pipe (/dev/stdin, <(...)) can be read only once; a
		// FileInputStream, as the stream of Files.newInputStream asks a pipe for its position ("Illegal seek")
		try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()))) {
			in.mark(FIRST_BYTES);
			byte[] start = in.readNBytes(FIRST_BYTES);
			in.reset();
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
				// the old binary format; an .xlsx protected by a password is kept in it too, encrypted
				throw new InputException(name.endsWith(".xlsx") || name.endsWith(".xlsm") ? "matching.cli.protectedWorkbook"
						: "matching.cli.oldExcel", file);
			}
			if (startsWith(start, '%', 'P', 'D', 'F')) {
				throw new InputException("matching.cli.pdf", file);
			}
			if (startsWith(start, 0x50, 0x4B, 0x03, 0x04)
					&& new String(start, StandardCharsets.ISO_8859_1).contains(OPEN_DOCUMENT)) {
				// a zip whose first entry, "mimetype", says it is an OpenDocument file (LibreOffice's .ods)
				throw new InputException("matching.cli.openDocument", file);
			}
			if (startsWith(start, 0x50, 0x4B, 0x03, 0x04) || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
				// a zip is read as an Excel workbook whatever its name; a file named so that is none is refused
				return readXlsx(file, in, name.endsWith(".xlsx") || name.endsWith(".xlsm"));
			}
			List<RowMessage> notices = new ArrayList<>();
			return new Input(readCsv(file, in.readAllBytes(), encoding, forced, notices), null, List.of(), notices);
		}
		catch (IOException ex) {
			throw new InputException("matching.cli.unreadable", file);
		}
	}

	/** The bytes a file's kind is told by: the start of a zip's first entry holds the OpenDocument mimetype. */
	private static final int FIRST_BYTES = 128;

	/** The start of the media type an OpenDocument file's first entry holds. */
	private static final String OPEN_DOCUMENT = "mimetypeapplication/vnd.oasis.opendocument";

	private static List<Line> readCsv(Path file, byte[] bytes, Charset encoding, boolean forced,
			List<RowMessage> notices) throws IOException, InputException {
		String text = decodeText(file, bytes, encoding, forced, notices);
		if (text.isBlank()) {
			throw new InputException("matching.cli.empty", file);
		}
		char delimiter = HeaderSearch.delimiter(text);
		// text after a closing quote is kept ("Ali" Veli reads as Ali Veli), as spreadsheets write nicknames so
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
			.setTrailingData(true).get();
		PhysicalLines physical = new PhysicalLines(text);
		List<Line> lines = new ArrayList<>();
		HeaderSearch search = new HeaderSearch(notices);
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
					throw new InputException("matching.cli.unclosedQuote", physical.firstNonBlankAfter(readUpTo));
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
					lines.add(new Line(lineNumber, Map.of(), "matching.cli.row.strayQuote",
							new Object[] { lineNumber, readUpTo, readUpTo - lineNumber }));
					continue;
				}
				RowMessage repeated = search.repeated(record.toList());
				if (repeated != null) {
					lines.add(new Line(lineNumber, Map.of(), repeated.key(), repeated.args()));
					continue;
				}
				if (record.size() != header.size()) {
					lines.add(new Line(lineNumber, Map.of(), "matching.cli.row.fieldCount",
							new Object[] { header.size(), record.size() }));
					continue;
				}
				lines.add(new Line(lineNumber, values(header, record.toList()), null, null));
			}
		}
		search.end();
		if (lines.isEmpty()) {
			throw new InputException(search.header() != null ? "matching.cli.headerOnly" : "matching.cli.empty", file);
		}
		return lines;
	}

	/**
	 * The text of a CSV file: UTF-8, with or without its byte order mark, or UTF-16 with one (Excel's "Unicode
	 * text"), unless {@code encoding} names another. A file that is not text of its encoding is refused, with the
	 * encoding its bytes look like; one whose text read as the encoding named looks like another encoding's is refused
	 * unless {@code forced}, and said in {@code notices} if it is ({@link EncodingCheck}).
	 */
	private static String decodeText(Path file, byte[] bytes, Charset encoding, boolean forced,
			List<RowMessage> notices) throws InputException {
		ByteOrderMark mark = ByteOrderMark.of(bytes);
		Charset charset = encoding != null ? encoding : mark != null ? mark.charset : StandardCharsets.UTF_8;
		int offset = encoding == null && mark != null ? mark.length() : 0;
		if (encoding != null && mark != null && !mark.readBy(encoding)) {
			// "ï»¿" glued to the first column's name, were it read as the encoding named
			if (decodes(bytes, mark.length(), mark.charset)) {
				throw new InputException("matching.cli.markedEncoding", file, mark.charset.name(), mark.hex(),
						encoding.name());
			}
			// lines of the encoding named pasted after a mark of another: the mark is no text of either
			offset = mark.length();
		}
		String utf16 = isUtf16Or32(charset) ? null : unmarkedUtf16(bytes, offset);
		if (utf16 != null) {
			throw new InputException("matching.cli.unmarkedUtf16", file, utf16);
		}
		int nul = isUtf16Or32(charset) ? -1 : firstNul(bytes, offset);
		if (nul >= 0) {
			// no text of a code page or UTF-8 holds one: a program's own file (a document, an image) named .csv
			throw new InputException("matching.cli.binary", file, nul + 1L);
		}
		String text;
		try {
			text = decode(bytes, offset, charset);
		}
		catch (CharacterCodingException ex) {
			Undecodable at = firstUndecodable(bytes, offset, charset);
			if (encoding != null) {
				throw new InputException("matching.cli.notInEncoding", file, encoding.name(), at.line(), at.hex());
			}
			String likely = likelyCodePage(bytes);
			throw likely != null ? new InputException("matching.cli.notUtf8", file, at.line(), at.hex(), likely)
					: new InputException("matching.cli.notUtf8Unknown", file, at.line(), at.hex());
		}
		EncodingCheck.Finding finding = encoding == null ? null
				: EncodingCheck.check(file, bytes, offset, encoding, text, forced);
		if (finding != null && finding.refuses()) {
			throw new InputException(finding.message().key(), finding.message().args());
		}
		if (finding != null) {
			notices.add(finding.message());
		}
		return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
	}

	/** A byte order mark, and the encoding it marks. */
	private enum ByteOrderMark {

		UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF), UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
		UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

		final Charset charset;
		private final int[] bytes;

		ByteOrderMark(Charset charset, int... bytes) {
			this.charset = charset;
			this.bytes = bytes;
		}

		static ByteOrderMark of(byte[] file) {
			for (ByteOrderMark mark : values()) {
				if (startsWith(file, mark.bytes)) {
					return mark;
				}
			}
			return null;
		}

		int length() {
			return bytes.length;
		}

		/** Whether {@code encoding} reads the mark as one (UTF-16 takes it in, UTF-16LE gives U+FEFF), not as letters. */
		boolean readBy(Charset encoding) {
			byte[] mark = new byte[bytes.length];
			for (int i = 0; i < mark.length; i++) {
				mark[i] = (byte) bytes[i];
			}
			String read = new String(mark, encoding);
			return read.isEmpty() || read.equals("\uFEFF");
		}

		String hex() {
			StringBuilder hex = new StringBuilder();
			for (int b : bytes) {
				hex.append(hex.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%02X", b));
			}
			return hex.toString();
		}

	}

	private static boolean isUtf16Or32(Charset charset) {
		String name = charset.name().toUpperCase(Locale.ROOT);
		return name.contains("UTF-16") || name.contains("UTF-32");
	}

	/**
	 * "UTF-16LE" or "UTF-16BE" when the bytes from {@code offset} look like UTF-16 text saved without its byte order
	 * mark (a NUL byte every other byte, the other byte of each letter of the Latin alphabet, digit and delimiter),
	 * or null. Read as UTF-8, such a file has a NUL between every two letters of its header.
	 */
	private static String unmarkedUtf16(byte[] bytes, int offset) {
		int length = Math.min(bytes.length - offset, 4096);
		int even = 0;
		int odd = 0;
		for (int i = 0; i < length; i++) {
			if (bytes[offset + i] == 0) {
				if (i % 2 == 0) {
					even++;
				}
				else {
					odd++;
				}
			}
		}
		int pairs = length / 2;
		return pairs == 0 ? null : odd * 2 >= pairs ? "UTF-16LE" : even * 2 >= pairs ? "UTF-16BE" : null;
	}

	/**
	 * Where the first NUL byte among the first {@link #BINARY_CHECKED} from {@code offset} is, or -1. A program's own
	 * files have one early (git tells binary files so); a text file that a system padded with NULs at its end is read
	 * as before.
	 */
	private static int firstNul(byte[] bytes, int offset) {
		for (int i = offset; i < Math.min(bytes.length, offset + BINARY_CHECKED); i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static final int BINARY_CHECKED = 8000;

	/**
	 * The code page Excel and older systems save text in that a file's bytes look like: windows-1254 (Turkish, and
	 * the Latin alphabet), windows-1256 (Arabic script) or windows-1251 (Cyrillic); null when they look like none of
	 * them. ICU's detector gives each encoding a confidence from the letter sequences of its languages (10 is its
	 * floor, a guess with nothing for it). Its script is sure where its language is not: a few Turkish names were
	 * taken for Hungarian (ISO-8859-2) or Danish (ISO-8859-1); the script's code page is named.
	 */
	private static String likelyCodePage(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		// the detector weighs letter sequences as prose has them; a register's digits, dates and ASCII names would
		// drown the few names in another script (an Arabic file was taken for Latin-1, a Russian one for Turkish)
		detector.setText(wordsBeyondAscii(bytes));
		CharsetMatch best = detector.detect();
		return best == null || best.getConfidence() <= 10 ? null : CODE_PAGES.get(best.getName());
	}

	/** The code page of each script, by the encodings ICU's detector names for it. */
	private static final Map<String, String> CODE_PAGES = Map.ofEntries(Map.entry("ISO-8859-1", "windows-1254"),
			Map.entry("windows-1252", "windows-1254"), Map.entry("ISO-8859-2", "windows-1254"),
			Map.entry("windows-1250", "windows-1254"), Map.entry("ISO-8859-9", "windows-1254"),
			Map.entry("windows-1254", "windows-1254"), Map.entry("ISO-8859-6", "windows-1256"),
			Map.entry("windows-1256", "windows-1256"), Map.entry("ISO-8859-5", "windows-1251"),
			Map.entry("KOI8-R", "windows-1251"), Map.entry("windows-1251", "windows-1251"));

	/** The words (runs of letters) of a text that hold a byte beyond ASCII, a space after each; 64 KB at most. */
	private static byte[] wordsBeyondAscii(byte[] bytes) {
		ByteArrayOutputStream words = new ByteArrayOutputStream();
		int start = 0;
		boolean beyond = false;
		for (int i = 0; i <= bytes.length && words.size() < 65536; i++) {
			int b = i < bytes.length ? bytes[i] & 0xFF : ' ';
			if (b >= 0x80 || Character.isLetter(b)) {
				beyond |= b >= 0x80;
				continue;
			}
			if (beyond) {
				words.write(bytes, start, i - start);
				words.write(' ');
			}
			start = i + 1;
			beyond = false;
		}
		return words.toByteArray();
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

	private static boolean decodes(byte[] bytes, int offset, Charset charset) {
		try {
			decode(bytes, offset, charset);
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	static String decode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
		return strictDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
	}

	/** A decoder that reports bytes that are no character of {@code charset} rather than replacing them. */
	static CharsetDecoder strictDecoder(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
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

	/**
	 * A row's cells of the columns the command reads, by name, stripped but for the id; cells the row lacks at its end
	 * are empty. The id is kept as written, spaces and all, so that the outputs join back to the file's rows
	 * ({@link RecordChecks} compares ids stripped). Other columns are not kept: a sheet with thousands of them would
	 * otherwise hold them all for every row.
	 */
	private static Map<String, String> values(List<String> header, List<String> cells) {
		Map<String, String> values = new HashMap<>(16);
		for (int i = 0; i < header.size(); i++) {
			if (COLUMNS.contains(header.get(i))) {
				String cell = i < cells.size() ? cells.get(i) : "";
				values.put(header.get(i), "id".equals(header.get(i)) ? cell : cell.strip());
			}
		}
		return values;
	}

	/**
	 * Reads the first sheet as a stream of rows (POI's event API): the workbook is never held whole, so a sheet of
	 * a million rows reads in the memory its text needs. Held whole (XSSFWorkbook), 100,000 rows took 3.2 GB. A
	 * workbook with other sheets is read all the same, and said so ({@link Input#otherSheets}). A workbook that is no
	 * file (a pipe) is taken whole from {@code in} first, as a zip's directory is at its end.
	 */
	private static Input readXlsx(Path file, InputStream in, boolean namedWorkbook) throws InputException {
		try (OPCPackage workbook = Files.isRegularFile(file) ? OPCPackage.open(file.toFile(), PackageAccess.READ)
				: OPCPackage.open(in)) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InputException("matching.cli.empty", file);
			}
			List<RowMessage> notices = new ArrayList<>();
			Rows rows;
			String first;
			try (InputStream sheet = sheets.next()) {
				first = sheets.getSheetName();
				rows = new Rows(new HeaderSearch(notices), first);
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new UncomputedFormulas(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(workbook, false), rows, new IsoDates(date1904(reader)),
						rows::uncomputed, rows::failed));
				parser.parse(new InputSource(sheet));
			}
			catch (Rows.HeaderProblem problem) {
				throw problem.cause;
			}
			rows.search.end();
			if (rows.uncomputedCount > 0) {
				throw new InputException("matching.cli.uncomputedFormulas", file, first, rows.firstUncomputed,
						new CellReference(rows.firstUncomputed).getRow() + 1L, rows.firstUncomputedColumn,
						rows.uncomputedCount);
			}
			if (rows.lines.isEmpty()) {
				throw new InputException(rows.search.header() != null ? "matching.cli.headerOnly" : "matching.cli.empty",
						file);
			}
			List<String> others = new ArrayList<>();
			while (sheets.hasNext()) {
				sheets.next().close();
				others.add(sheets.getSheetName());
			}
			return new Input(rows.lines, first, others, notices);
		}
		catch (InputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | OpenXML4JException | SAXException | ParserConfigurationException
				| XmlException ex) {
			// damaged, protected by a password, a zip of something else, a zip bomb or a declared DTD (both refused
			// by POI), a cell that points nowhere: said in the run's language, POI's own line after it, marked as its;
			// a zip not named as a workbook is one of something else (a .docx, a .zip) given for the table
			throw namedWorkbook ? new InputException("matching.cli.brokenWorkbook", file, reason(ex))
					: new InputException("matching.cli.zipNoWorkbook", file);
		}
	}

	/**
	 * Whether the workbook counts its dates from 1904 (old Excel for Mac, and workbooks copied from one): its
	 * properties say so, and each date of it is then 1,462 days later than the same number in a workbook of 1900.
	 */
	private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
		try (InputStream properties = reader.getWorkbookData()) {
			CTWorkbook workbook = WorkbookDocument.Factory.parse(properties, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
				.getWorkbook();
			return workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
		}
	}

	/** The first line of a failure's message, at most 120 characters, or its kind when it has none. */
	static String reason(Exception ex) {
		String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
				: ex.getMessage().strip().lines().findFirst().orElse("");
		return message.length() > 120 ? message.substring(0, 120) + "…" : message;
	}

	/**
	 * The rows of a sheet as they are read: the header is found among the first that are not empty
	 * ({@link HeaderSearch}), the formula cells of the columns read whose value was never computed are counted, and a
	 * row with an error for a value in a column read ({@code #NAME?}) is no record: it is reported, naming the cell.
	 */
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
		final HeaderSearch search;
		private final String sheet;
		private final List<String> cells = new ArrayList<>();

		/** The formula cells of this row without a computed value, by reference ({@code B8}). */
		private final List<String> uncomputedInRow = new ArrayList<>();

		/** The cells of this row whose value is an error: their reference and the error ({@code #NAME?}). */
		private final List<String[]> failedInRow = new ArrayList<>();

		long uncomputedCount;
		String firstUncomputed;
		String firstUncomputedColumn;

		Rows(HeaderSearch search, String sheet) {
			this.search = search;
			this.sheet = sheet;
		}

		@Override
		public void startRow(int row) {
			cells.clear();
			uncomputedInRow.clear();
			failedInRow.clear();
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

		/** A formula cell of this row whose value was never computed ({@link UncomputedFormulas}). */
		void uncomputed(String reference) {
			uncomputedInRow.add(reference);
		}

		/** A cell of this row whose value is an error ({@link UncomputedFormulas}). */
		void failed(String reference, String error) {
			failedInRow.add(new String[] { reference, error });
		}

		/**
		 * Why the row is no record: the first of its cells in the columns read whose value is an error, with how many
		 * more it has; null when it has none.
		 */
		private RowMessage failedCell(List<String> header) {
			List<String[]> read = failedInRow.stream().filter(failed -> {
				int column = new CellReference(failed[0]).getCol();
				return column < header.size() && COLUMNS.contains(header.get(column));
			}).toList();
			if (read.isEmpty()) {
				return null;
			}
			String[] first = read.get(0);
			return new RowMessage("matching.cli.row.errorCell", sheet, first[0],
					header.get(new CellReference(first[0]).getCol()), "\"" + RecordChecks.cut(first[1]) + "\"",
					read.size() - 1);
		}

		@Override
		public void endRow(int row) {
			List<String> header = search.header();
			if (header != null) {
				for (String reference : uncomputedInRow) {
					int column = new CellReference(reference).getCol();
					if (column < header.size() && COLUMNS.contains(header.get(column)) && uncomputedCount++ == 0) {
						firstUncomputed = reference;
						firstUncomputedColumn = header.get(column);
					}
				}
			}
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (header == null) {
				try {
					// by position: a table may begin in a later column, or leave one empty
					search.offer(row + 1L, List.copyOf(cells));
				}
				catch (InputException ex) {
					throw new HeaderProblem(ex);
				}
				return;
			}
			RowMessage problem = failedCell(header);
			if (problem == null) {
				problem = search.repeated(cells);
			}
			lines.add(problem != null ? new Line(row + 1L, Map.of(), problem.key(), problem.args())
					: new Line(row + 1L, values(header, cells), null, null));
		}

	}

	/** Numbers formatted as dates read as ISO dates ({@code yyyy-mm-dd}), whatever the sheet's display format. */
	private static final class IsoDates extends DataFormatter {

		/** The workbook's date system: the sheet handler does not say it with each cell. */
		private final boolean date1904;

		/** This year: a cell's day number up to it may be a year typed into a date cell (below). */
		private final int thisYear = LocalDate.now().getYear();

		IsoDates(boolean date1904) {
			super(Locale.ROOT);
			this.date1904 = date1904;
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, date1904);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				// a year typed into a date cell keeps the year as its day number, whichever the date system: read in
				// the 1900 one, it is a day of 1905, which the birth-date reading takes back for that year
				// (BirthDates.spreadsheetYear); in the 1904 one it would be a day of 1909, a year taken in the wrong
				// century
				boolean typedYear = value >= PersonRecord.FIRST_BIRTH_YEAR && value <= thisYear;
				return DateUtil.getLocalDateTime(value, use1904 && !typedYear).toLocalDate()
					.format(DateTimeFormatter.ISO_LOCAL_DATE);
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
