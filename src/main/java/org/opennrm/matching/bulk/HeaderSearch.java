package org.opennrm.matching.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opennrm.shared.TextFolding;

/**
 * The header of the bulk command's input, CSV or workbook: the first line that is not blank, or, below a title
 * ("Ankara İl Göç İdaresi – 2019 kayıtları" in the first row, as registers exported to Excel often have), the first
 * line among the first {@link #FIRST_LINES} that names the columns. Lines above it that hold no more than a title does
 * ({@link #TITLE_VALUES} values each) are passed over, and said so; lines above it that hold more may be records, and
 * the user is told to delete them. Once the header is found, a line that repeats it (files put together one after the
 * other) is told apart from a record. A column is named by its English name or by its Turkish one
 * ({@link InputReader#TURKISH_COLUMNS}), in any case and with or without the marks of its letters, a space for an
 * underscore.
 */
final class HeaderSearch {

	/** The lines that are not blank in which the header is looked for. */
	static final int FIRST_LINES = 10;

	/** A line above the header with at most this many values is a title, a subtitle or a date, not a record. */
	static final int TITLE_VALUES = 2;

	private final List<RowMessage> notices;

	private List<String> header;

	private Map<String, String> named = InputReader.COLUMNS.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), Function.identity()));

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
	 * Each column by the name the header gives it, its English or its Turkish one ({@code birth_date} or
	 * {@code dogum_tarihi}), for the messages about its values to name it so; each by its English name until the header
	 * is found.
	 */
	Map<String, String> named() {
		return named;
	}

	/**
	 * Takes a line that is not blank, before the header is found: the header, or a line above it.
	 *
	 * @throws InputReader.InputException when none of the first lines is the header, or one is below lines that may
	 *                                    be records, or it names a column twice
	 */
	void offer(long line, List<String> cells) throws InputReader.InputException {
		List<String> names = names(cells);
		List<String> columns = columns(names);
		if (InputReader.COLUMNS.stream().allMatch(columns::contains)) {
			if (firstLine != 0 && !titlesAbove) {
				List<String> missing = missing(firstCells);
				throw new InputReader.InputException("matching.cli.headerBelowRecords", firstLine, englishFirst(missing),
						line, turkishFirst(missing));
			}
			checkOnce(names);
			header = columns;
			Map<String, String> found = new HashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				if (InputReader.COLUMNS.contains(columns.get(i))) {
					found.put(columns.get(i), names.get(i));
				}
			}
			named = Map.copyOf(found);
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

	/**
	 * The first line's missing columns, and all the columns, each by its English and its Turkish name: a user who reads
	 * the messages in Turkish may have a header of English names, as the README's example has, or of Turkish ones.
	 */
	private InputReader.InputException noHeader() {
		List<String> missing = missing(firstCells);
		return new InputReader.InputException("matching.cli.missingColumns", firstLine, englishFirst(missing),
				String.join(",", InputReader.COLUMNS), FIRST_LINES, String.join(",", InputReader.TURKISH_COLUMNS),
				turkishFirst(missing));
	}

	/**
	 * Why a line after the header is no record because it repeats the header, or null. A header whose columns stand in
	 * another order (a file of another program put after the first) becomes the header of the lines after it.
	 */
	RowMessage repeated(List<String> cells) {
		int id = header.indexOf("id");
		if (id >= cells.size() || !InputReader.COLUMNS.contains(column(name(cells.get(id))))) {
			return null; // a record's id: most lines are records, told so without reading their other cells
		}
		List<String> columns = columns(names(cells));
		if (!InputReader.COLUMNS.stream().allMatch(column -> columns.indexOf(column) >= 0
				&& columns.indexOf(column) == columns.lastIndexOf(column))) {
			return null;
		}
		if (InputReader.COLUMNS.stream().allMatch(column -> columns.indexOf(column) == header.indexOf(column))) {
			return new RowMessage("matching.cli.row.repeatedHeader");
		}
		header = columns;
		return new RowMessage("matching.cli.row.reorderedHeader");
	}

	/**
	 * Refuses a header that names a column twice, by one name or by its English and its Turkish one: which of its two
	 * values is the record's cannot be told.
	 */
	private static void checkOnce(List<String> names) throws InputReader.InputException {
		List<String> repeated = new ArrayList<>();
		List<String> inBoth = new ArrayList<>();
		for (int c = 0; c < InputReader.COLUMNS.size(); c++) {
			String english = InputReader.COLUMNS.get(c);
			String turkish = InputReader.TURKISH_COLUMNS.get(c);
			for (String name : List.of(english, turkish)) {
				if (names.indexOf(name) != names.lastIndexOf(name)) {
					repeated.add(name);
				}
			}
			if (names.contains(english) && names.contains(turkish)) {
				inBoth.add(english);
			}
		}
		if (!repeated.isEmpty()) {
			throw new InputReader.InputException("matching.cli.repeatedColumns", String.join(", ", repeated));
		}
		if (!inBoth.isEmpty()) {
			throw new InputReader.InputException("matching.cli.columnInBothLanguages", englishFirst(inBoth),
					turkishFirst(inBoth));
		}
	}

	private static List<String> missing(List<String> cells) {
		List<String> columns = columns(names(cells));
		return InputReader.COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
	}

	/** Columns by both their names, the English first: {@code given_names (ad), birth_date (dogum_tarihi)}. */
	private static String englishFirst(List<String> columns) {
		return String.join(", ", columns.stream().map(c -> c + " (" + turkish(c) + ")").toList());
	}

	/** Columns by both their names, the Turkish first: {@code ad (given_names), dogum_tarihi (birth_date)}. */
	private static String turkishFirst(List<String> columns) {
		return String.join(", ", columns.stream().map(c -> turkish(c) + " (" + c + ")").toList());
	}

	private static String turkish(String column) {
		return InputReader.TURKISH_COLUMNS.get(InputReader.COLUMNS.indexOf(column));
	}

	/**
	 * The name a header's cell gives, whatever its case and marks ({@link TextFolding#fold}), a space read as an
	 * underscore: Turkish Excel upper-cases given_names to GİVEN_NAMES, a Turkish lower case of GIVEN_NAMES is
	 * gıven_names, with a dotless ı, a header copied from elsewhere may hold full-width letters or invisible characters,
	 * and a Turkish office writes "Doğum tarihi" for dogum_tarihi.
	 */
	private static String name(String cell) {
		return TextFolding.fold(cell).replace(' ', '_');
	}

	private static List<String> names(List<String> cells) {
		List<String> names = new ArrayList<>(cells.size());
		cells.forEach(cell -> names.add(name(cell)));
		return names;
	}

	/** The column a name is of, by its English name: {@code dogum_tarihi} is birth_date; a name of none as it is. */
	private static String column(String name) {
		int turkish = InputReader.TURKISH_COLUMNS.indexOf(name);
		return turkish >= 0 ? InputReader.COLUMNS.get(turkish) : name;
	}

	private static List<String> columns(List<String> names) {
		return names.stream().map(HeaderSearch::column).toList();
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
				List<String> columns = columns(names(List.of(line.split(String.valueOf(delimiter), -1))).stream()
					.map(name -> name.replace("\"", ""))
					.toList());
				if (columns.containsAll(InputReader.COLUMNS)) {
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
