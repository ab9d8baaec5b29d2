package org.opennrm.matching.bulk;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import org.opennrm.matching.PersonRecord;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into rows by column name, as a stream of rows: dates as ISO
 * dates, numbers as Excel keeps them, formulas by the values saved with them.
 */
final class WorkbookInput {

	private WorkbookInput() {
	}

	/**
	 * Reads the first sheet as a stream of rows (POI's event API): the workbook is never held whole, so a sheet of
	 * a million rows reads in the memory its text needs. Held whole (XSSFWorkbook), 100,000 rows took 3.2 GB. A
	 * workbook with other sheets is read all the same, and said so ({@link InputReader.Input#otherSheets}). A
	 * workbook that is no file (a pipe) is taken whole from {@code in} first, as a zip's directory is at its end.
	 */
	static InputReader.Input read(Path file, InputStream in, boolean namedWorkbook) throws InputReader.InputException {
		try (OPCPackage workbook = Files.isRegularFile(file) ? OPCPackage.open(file.toFile(), PackageAccess.READ)
				: OPCPackage.open(in)) {
			String kind = mainContentType(workbook);
			if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(kind)) {
				throw new InputReader.InputException("matching.cli.binaryWorkbook", file);
			}
			if (kind != null && !WORKBOOKS.contains(kind)) {
				// a Word document or a presentation, which POI would read as a workbook without sheets: "empty"
				throw namedWorkbook ? new InputReader.InputException("matching.cli.brokenWorkbook", file,
						new RowMessage("matching.cli.brokenWorkbook.otherDocument"))
						: new InputReader.InputException("matching.cli.zipNoWorkbook", file);
			}
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InputReader.InputException("matching.cli.empty", file);
			}
			List<RowMessage> notices = new ArrayList<>();
			Rows rows;
			String first;
			try (InputStream sheet = sheets.next()) {
				first = sheets.getSheetName();
				rows = new Rows(new HeaderSearch(notices), first);
				XMLReader parser = XMLHelper.newXMLReader();
				UncomputedFormulas cells = new UncomputedFormulas(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(workbook, false), rows, new IsoDates(date1904(reader)),
						rows::uncomputed, rows::failed);
				parser.setContentHandler(cells);
				try {
					parser.parse(new InputSource(sheet));
				}
				catch (Rows.HeaderProblem problem) {
					throw problem.cause;
				}
				catch (SAXException | UncomputedFormulas.DamagedValue | IndexOutOfBoundsException | IllegalArgumentException
						| IllegalStateException ex) {
					// a value that is none (POI's NumberFormatException, a reference CellReference refuses), a shared
					// text that is not there (IllegalStateException): what failed and where, never the message, which
					// may quote the sheet's text
					throw new InputReader.InputException("matching.cli.brokenWorkbook", file,
							new RowMessage(ex instanceof SAXException ? "matching.cli.brokenWorkbook.sheetXml"
									: "matching.cli.brokenWorkbook.value", cells.position()));
				}
			}
			rows.search.end();
			if (rows.uncomputedCount > 0) {
				throw new InputReader.InputException("matching.cli.uncomputedFormulas", file, first, rows.firstUncomputed,
						new CellReference(rows.firstUncomputed).getRow() + 1L, rows.firstUncomputedColumn,
						rows.uncomputedCount);
			}
			if (rows.lines.isEmpty()) {
				throw new InputReader.InputException(
						rows.search.header() != null ? "matching.cli.headerOnly" : "matching.cli.empty", file);
			}
			List<String> others = new ArrayList<>();
			while (sheets.hasNext()) {
				sheets.next().close();
				others.add(sheets.getSheetName());
			}
			return new InputReader.Input(rows.lines, first, others, notices, rows.search.named());
		}
		catch (InputReader.InputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | OpenXML4JException | SAXException | ParserConfigurationException
				| XmlException ex) {
			// damaged, protected by a password, a zip of something else, a zip bomb or a declared DTD (both refused
			// by POI): said in the run's language, with what failed; a zip not named as a workbook is one of something
			// else (a .docx, a .zip) given for the table
			throw namedWorkbook ? new InputReader.InputException("matching.cli.brokenWorkbook", file, failure(ex))
					: new InputReader.InputException("matching.cli.zipNoWorkbook", file);
		}
	}

	/** The content types of a spreadsheet's main part: a workbook, with macros, a template, an add-in. */
	private static final Set<String> WORKBOOKS = Set.of(XSSFRelation.WORKBOOK.getContentType(),
			XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
			XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

	/**
	 * The content type of an Office file's main part, which tells a workbook from a document or a presentation; null
	 * when it has none, for {@link XSSFReader} to say what is wrong.
	 */
	private static String mainContentType(OPCPackage office) throws InvalidFormatException {
		PackageRelationshipCollection main = office.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		PackagePart part = main.isEmpty() ? null : office.getPart(main.getRelationship(0));
		return part == null ? null : part.getContentType();
	}

	/**
	 * What failed in reading a workbook, outside its sheet's rows, by the kind of the failure and never its message:
	 * POI's may quote the workbook's text ("For input string: ..."), which is people's names. Its causes are looked at
	 * too, as POI wraps what the zip or the XML parser threw: a part of XML that is not well-formed first, as POI wraps
	 * it in the exception it throws for a damaged zip too ("Failed to parse relationships").
	 */
	static RowMessage failure(Exception ex) {
		for (Throwable failure = ex; failure != null; failure = failure.getCause()) {
			if (failure instanceof SAXException || failure instanceof XmlException) {
				return new RowMessage("matching.cli.brokenWorkbook.xml");
			}
		}
		for (Throwable failure = ex; failure != null; failure = failure.getCause()) {
			if (failure instanceof NotOfficeXmlFileException || failure instanceof InvalidFormatException
					|| failure instanceof ZipException || failure instanceof EOFException) {
				return new RowMessage("matching.cli.brokenWorkbook.zip");
			}
			if (failure instanceof IOException && failure.getMessage() != null
					&& failure.getMessage().startsWith("Zip bomb detected")) {
				return new RowMessage("matching.cli.brokenWorkbook.zipBomb");
			}
		}
		return new RowMessage("matching.cli.brokenWorkbook.other", ex.getClass().getSimpleName());
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

	/**
	 * The rows of a sheet as they are read: the header is found among the first that are not empty
	 * ({@link HeaderSearch}), the formula cells of the columns read whose value was never computed are counted, and a
	 * row with an error for a value in a column read ({@code #NAME?}) is no record: it is reported, naming the cell.
	 */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		/** A header without the columns, carried out of the parser's callbacks. */
		static final class HeaderProblem extends RuntimeException {

			final transient InputReader.InputException cause;

			HeaderProblem(InputReader.InputException cause) {
				super(cause.key, null, false, false);
				this.cause = cause;
			}

		}

		/** The last column of an .xlsx sheet (XFD). */
		static final int LAST_COLUMN = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

		final List<InputReader.Line> lines = new ArrayList<>();
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
				return column < header.size() && InputReader.COLUMNS.contains(header.get(column));
			}).toList();
			if (read.isEmpty()) {
				return null;
			}
			String[] first = read.get(0);
			return new RowMessage("matching.cli.row.errorCell", sheet, first[0],
					new CommandText.Column(header.get(new CellReference(first[0]).getCol())),
					ERRORS.contains(first[1]) ? "\"" + first[1] + "\"" : RecordChecks.shown(first[1]), read.size() - 1);
		}

		/**
		 * The errors a spreadsheet writes for a value ({@code #NAME?}), quoted in a message; another text kept as an
		 * error's, which only a crafted or damaged workbook holds, is shown as any value of the file is.
		 */
		private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
				"#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
				"#PYTHON!", "#EXTERNAL!");

		@Override
		public void endRow(int row) {
			List<String> header = search.header();
			if (header != null) {
				for (String reference : uncomputedInRow) {
					int column = new CellReference(reference).getCol();
					if (column < header.size() && InputReader.COLUMNS.contains(header.get(column)) && uncomputedCount++ == 0) {
						firstUncomputed = reference;
						firstUncomputedColumn = search.named().get(header.get(column));
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
				catch (InputReader.InputException ex) {
					throw new HeaderProblem(ex);
				}
				return;
			}
			RowMessage problem = failedCell(header);
			if (problem == null) {
				problem = search.repeated(cells);
			}
			lines.add(problem != null ? new InputReader.Line(row + 1L, Map.of(), problem.key(), problem.args())
					: new InputReader.Line(row + 1L, InputReader.values(header, cells), null, null));
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
