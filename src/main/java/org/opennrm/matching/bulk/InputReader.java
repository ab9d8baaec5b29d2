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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i), record.get(i).strip());
				}
				lines.add(new Line(lineNumber, values, null, null));
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

	private static List<String> header(List<String> names) throws InputException {
		List<String> header = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new InputException("matching.cli.missingColumns", String.join(", ", missing), String.join(",", COLUMNS));
		}
		return header;
	}

	private static List<Line> readXlsx(Path file) throws IOException, InputException {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<Line> lines = new ArrayList<>();
			List<String> header = null;
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				int last = Math.max(row.getLastCellNum(), header == null ? 0 : header.size());
				for (int i = 0; i < last; i++) {
					cells.add(text(row.getCell(i), formatter));
				}
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (header == null) {
					header = header(cells.stream().filter(c -> !c.isEmpty()).toList());
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i), i < cells.size() ? cells.get(i).strip() : "");
				}
				lines.add(new Line(row.getRowNum() + 1L, values, null, null));
			}
			if (header == null) {
				throw new InputException("matching.cli.empty", file);
			}
			return lines;
		}
		catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException ex) {
			throw new InputException("matching.cli.unreadable", file);
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
			return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return formatter.formatCellValue(cell);
	}

}
