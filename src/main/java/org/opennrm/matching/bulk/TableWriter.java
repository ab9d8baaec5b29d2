package org.opennrm.matching.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

/** Writes the bulk command's outputs, pairs and clusters: as an Excel workbook, or as CSV. */
final class TableWriter {

	private TableWriter() {
	}

	/** Writes {@code table} to {@code file}: as a workbook when {@code target} is named {@code .xlsx}, else as CSV. */
	static void write(Path file, Path target, Table table) throws IOException {
		if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			writeWorkbook(file, table, SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
		}
		else {
			writeCsv(file, table);
		}
	}

	/**
	 * A score as the outputs write it: with four decimals, cut rather than rounded, so that a score written as
	 * reaching a limit of four decimals ({@code --threshold-match 1}, {@code 0.5}) reaches it, and its decision says
	 * so: rounded, 0.99996 was written 1.0000 on a POSSIBLE pair under a MATCH limit of 1.
	 */
	static BigDecimal written(double score) {
		return BigDecimal.valueOf(score).setScale(Arguments.DECIMALS, RoundingMode.FLOOR);
	}

	/**
	 * CSV in UTF-8, comma-separated, scores {@linkplain #written with four decimals} and a point, texts
	 * {@linkplain #asText as text}.
	 */
	private static void writeCsv(Path file, Table table) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
					.setHeader(table.columns().toArray(String[]::new)).get())) {
			for (int i = 0; i < table.size(); i++) {
				csv.printRecord(table.row().apply(i).stream()
					.map(value -> value instanceof Double score ? written(score).toPlainString()
							: asText((String) value))
					.toList());
			}
		}
	}

	/**
	 * An Excel workbook, which opens as it should in Excel of any language, where a CSV file does not (Turkish
	 * Excel reads it as windows-1254 and splits its columns at semicolons): texts in text cells, which run nothing
	 * whatever they begin with, scores in number cells shown with four decimals in the reader's own notation. Its rows
	 * are written straight into the file as they are made (POI's streaming workbook, nothing held in memory or in a
	 * temporary file: the output describes people); a sheet holds {@code rowsPerSheet} rows below its header, and the
	 * rows after them go on further sheets, "pairs 2" and on (Excel's sheet ends at 1,048,576 rows).
	 */
	static void writeWorkbook(Path file, Table table, int rowsPerSheet) throws IOException {
		try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook();
				OutputStream stream = Files.newOutputStream(file)) {
			CellStyle scoreStyle = workbook.createCellStyle();
			scoreStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
			int sheets = Math.max(1, (table.size() + rowsPerSheet - 1) / rowsPerSheet);
			for (int s = 0; s < sheets; s++) {
				int from = s * rowsPerSheet;
				int to = Math.min(table.size(), from + rowsPerSheet);
				DeferredSXSSFSheet sheet = workbook.createSheet(s == 0 ? table.sheet() : table.sheet() + " " + (s + 1));
				sheet.setRowGenerator(rows -> {
					Row header = rows.createRow(0);
					for (int c = 0; c < table.columns().size(); c++) {
						header.createCell(c).setCellValue(table.columns().get(c));
					}
					for (int i = from; i < to; i++) {
						Row row = rows.createRow(i - from + 1);
						List<Object> values = table.row().apply(i);
						for (int c = 0; c < values.size(); c++) {
							Cell cell = row.createCell(c);
							if (values.get(c) instanceof Double score) {
								cell.setCellValue(written(score).doubleValue());
								cell.setCellStyle(scoreStyle);
							}
							else if (((String) values.get(c)).length() > TooLongForWorkbook.LONGEST) {
								throw new TooLongForWorkbook(((String) values.get(c)).length());
							}
							else {
								cell.setCellValue((String) values.get(c));
							}
						}
					}
				});
			}
			workbook.writeAvoidingTempFiles(stream);
		}
		catch (IOException ex) {
			// POI wraps what the rows' generator throws
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof TooLongForWorkbook tooLong) {
					throw tooLong;
				}
			}
			throw ex;
		}
	}

	/** A text longer than a cell of a workbook holds (an id of a CSV file can be any length). */
	static final class TooLongForWorkbook extends IOException {

		static final int LONGEST = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

		final int length;

		TooLongForWorkbook(int length) {
			this.length = length;
		}

	}

	/**
	 * A text of a CSV output as a spreadsheet will show it: one that begins as a formula would (=, +, -, @, a tab or a
	 * line break) gets an apostrophe before it, so that opening the file runs nothing (an id such as
	 * {@code =HYPERLINK(…)} in a merged legacy file; OWASP's advice for CSV files). So does one that begins with an
	 * apostrophe, so that a program joining the output to the records by id removes exactly one leading apostrophe
	 * from an id that has one. One that begins as a formula after spaces (an id kept as the file writes it, " =1+1")
	 * gets it too: a spreadsheet that trims cells as it opens the file would run it.
	 */
	static String asText(String id) {
		int start = 0;
		while (start < id.length() && id.charAt(start) == ' ') {
			start++;
		}
		String escaped = start == 0 ? "=+-@\t\r\n'" : "=+-@\t\r\n";
		return start < id.length() && escaped.indexOf(id.charAt(start)) >= 0 ? "'" + id : id;
	}

}
