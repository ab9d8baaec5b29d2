package org.opennrm.matching.bulk;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the input of the bulk command into rows of text by column name, each with the line it came from: tells the
 * file's kind from its first bytes and hands it to {@link CsvInput} (CSV in UTF-8 or a named encoding, decoded by
 * {@link TextDecoding}) or {@link WorkbookInput} (.xlsx); refuses what is neither (a PDF, an old .xls, an .ods).
 */
final class InputReader {

	static final List<String> COLUMNS = List.of("id", "given_names", "family_names", "full_name_original", "birth_date",
			"birth_year", "sex", "citizenship");

	/**
	 * The columns' Turkish names, in the order of {@link #COLUMNS}, which a header may give instead (a Turkish office's
	 * export names its columns in Turkish): the id is the register's number of the record, not a person's identity
	 * number; the citizenship is vatandaşlık, as docs/glossary-tr.md has it, not uyruk (nationality).
	 */
	static final List<String> TURKISH_COLUMNS = List.of("kayit_no", "ad", "soyadi", "ozgun_ad_soyad", "dogum_tarihi",
			"dogum_yili", "cinsiyet", "vatandaslik");

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
	 * @param sheet   null for a CSV file
	 * @param columns each column by the name the header gives it, in English or in Turkish ({@link HeaderSearch#named})
	 */
	record Input(List<Line> lines, String sheet, List<String> otherSheets, List<RowMessage> notices,
			Map<String, String> columns) {
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
			if (TextDecoding.startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
				// the old binary format; an .xlsx protected by a password is kept in it too, encrypted
				throw new InputException(name.endsWith(".xlsx") || name.endsWith(".xlsm") ? "matching.cli.protectedWorkbook"
						: "matching.cli.oldExcel", file);
			}
			if (TextDecoding.startsWith(start, '%', 'P', 'D', 'F')) {
				throw new InputException("matching.cli.pdf", file);
			}
			if (TextDecoding.startsWith(start, 0x50, 0x4B, 0x03, 0x04)
					&& new String(start, StandardCharsets.ISO_8859_1).contains(OPEN_DOCUMENT)) {
				// a zip whose first entry, "mimetype", says it is an OpenDocument file (LibreOffice's .ods)
				throw new InputException("matching.cli.openDocument", file);
			}
			if (TextDecoding.startsWith(start, 0x50, 0x4B, 0x03, 0x04) || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
				// a zip is read as an Excel workbook whatever its name; a file named so that is none is refused
				return WorkbookInput.read(file, in, name.endsWith(".xlsx") || name.endsWith(".xlsm"));
			}
			List<RowMessage> notices = new ArrayList<>();
			HeaderSearch search = new HeaderSearch(notices);
			return new Input(CsvInput.read(file, in.readAllBytes(), encoding, forced, notices, search), null, List.of(), notices,
					search.named());
		}
		catch (IOException ex) {
			throw new InputException("matching.cli.unreadable", file);
		}
	}

	/** The bytes a file's kind is told by: the start of a zip's first entry holds the OpenDocument mimetype. */
	private static final int FIRST_BYTES = 128;

	/** The start of the media type an OpenDocument file's first entry holds. */
	private static final String OPEN_DOCUMENT = "mimetypeapplication/vnd.oasis.opendocument";

	/**
	 * A row's cells of the columns the command reads, by name, stripped but for the id; cells the row lacks at its end
	 * are empty. The id is kept as written, spaces and all, so that the outputs join back to the file's rows
	 * ({@link RecordChecks} compares ids stripped). Other columns are not kept: a sheet with thousands of them would
	 * otherwise hold them all for every row.
	 */
	static Map<String, String> values(List<String> header, List<String> cells) {
		Map<String, String> values = new HashMap<>(16);
		for (int i = 0; i < header.size(); i++) {
			if (COLUMNS.contains(header.get(i))) {
				String cell = i < cells.size() ? cells.get(i) : "";
				values.put(header.get(i), "id".equals(header.get(i)) ? cell : cell.strip());
			}
		}
		return values;
	}
}
