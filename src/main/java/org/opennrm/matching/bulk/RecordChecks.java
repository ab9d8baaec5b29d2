package org.opennrm.matching.bulk;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.opennrm.matching.PersonRecord;
import org.opennrm.matching.Sex;
import org.opennrm.reference.CountryList.Entry;
import org.opennrm.shared.TextFolding;

/** The bulk command's checks of the lines it read, which turn them into records and report on stderr what they find. */
final class RecordChecks {

	private final CommandText text;

	private final PrintStream err;

	RecordChecks(CommandText text, PrintStream err) {
		this.text = text;
		this.err = err;
	}

	/**
	 * Turns lines into records. A line that is no record (wrong number of fields, no id or one seen before, a date
	 * that is no date) is reported and skipped; a field that holds no value of its kind (a birth date nobody is born
	 * on, a sex or citizenship of another notation) is reported and left out, and the record kept; a converted date
	 * is reported.
	 */
	int validate(List<InputReader.Line> lines, List<PersonRecord> records) {
		Set<String> ids = new HashSet<>();
		BirthDates birthDates = new BirthDates(LocalDate.now());
		int skipped = 0;
		for (InputReader.Line line : lines) {
			Map<String, String> v = line.values();
			RowMessage problem = line.problemKey() != null ? new RowMessage(line.problemKey(), line.problemArgs())
					: checkId(v.get("id"), ids);
			List<RowMessage> notices = new ArrayList<>();
			List<String> citizenship = problem != null ? List.of()
					: citizenship(v.get("citizenship"), notices, text.locale());
			BirthDates.Reading birth = problem != null ? null : birthDates.read(v.get("birth_date"), v.get("birth_year"), citizenship);
			if (birth != null && birth.problem() != null) {
				problem = datesShown(birth.problem(), v.get("birth_date"), v.get("birth_year"));
			}
			if (problem != null) {
				report("skipped " + problem.key(), line.number(),
						text.text("matching.cli.row.skipped", line.number(), text.text(problem.key(), problem.args())));
				skipped++;
				continue;
			}
			for (RowMessage notice : birth.notices()) {
				notices.add(datesShown(notice, v.get("birth_date"), v.get("birth_year")));
			}
			Sex sex = sex(v.get("sex"), notices);
			String given = name(v.get("given_names"), "given_names", notices);
			String family = name(v.get("family_names"), "family_names", notices);
			String original = name(v.get("full_name_original"), "full_name_original", notices);
			for (RowMessage notice : notices) {
				report("note " + notice.key(), line.number(),
						text.text("matching.cli.row.note", line.number(), text.text(notice.key(), notice.args())));
			}
			ids.add(idKey(v.get("id")));
			records.add(new PersonRecord(v.get("id"), blank(given), blank(family), blank(original), birth.date(),
					birth.year(), sex, citizenship));
		}
		for (long[] kind : reported.values()) {
			if (kind[0] > LINES_PER_MESSAGE) {
				err.println(text.text("matching.cli.moreLines", kind[0] - LINES_PER_MESSAGE, kind[1], LINES_PER_MESSAGE));
			}
		}
		return skipped;
	}

	/**
	 * Lines listed of one kind of message, at most: a file whose every row writes its sex in words would otherwise
	 * print a million lines, and bury the summary and every other message. The rest are counted.
	 */
	static final int LINES_PER_MESSAGE = 100;

	/** For each kind of message, how many lines had it and the first of them. */
	private final Map<String, long[]> reported = new LinkedHashMap<>();

	private void report(String kind, long line, String message) {
		long[] seen = reported.computeIfAbsent(kind, k -> new long[] { 0, line });
		if (++seen[0] <= LINES_PER_MESSAGE) {
			err.println(message);
		}
	}

	/** The longest name field compared, as the candidate API takes it: a longer one is a note pasted into it. */
	static final int LONGEST_NAME = 400;

	/** A name field, cut to {@link #LONGEST_NAME} characters (and reported) when longer. */
	static String name(String value, String column, List<RowMessage> notices) {
		if (value.length() <= LONGEST_NAME) {
			return value;
		}
		notices.add(new RowMessage("matching.cli.row.longName", new CommandText.Column(column), LONGEST_NAME));
		return value.substring(0, LONGEST_NAME);
	}

	/** The longest value of a cell repeated in a message. */
	static final int SHOWN = 20;

	/**
	 * A value of the file as a row's message shows it: quoted when it cannot be a name or a number that identifies a
	 * person (at most two letters, a code such as K or TR, and at most eight digits, a date's: 12/03/1990, 19x0),
	 * otherwise described by its length alone. A misplaced column puts names where a date, a sex or a citizenship is
	 * read, and the messages end up in logs; a name of three letters (Ali, Nur) is a name all the same.
	 */
	static Object shown(String value) {
		long letters = value.codePoints().filter(Character::isLetter).count();
		long digits = value.codePoints().filter(Character::isDigit).count();
		return letters > 2 || digits > 8 ? new Hidden(value.codePointCount(0, value.length())) : "\"" + cut(value) + "\"";
	}

	/**
	 * A value of {@code birth_date} or {@code birth_year} as a row's message shows it: quoted, cut to {@link #SHOWN}
	 * characters, when it has the form of a date or a year, a date with its time of day or a spreadsheet's day number
	 * (15.03.1994 00:00, 1994-03-15T00:00:00, 32947): at most two letters, and digits in groups of five at most, fourteen
	 * in all; otherwise {@linkplain #shown as any value}. A misplaced column's name or person's number (11 digits) is
	 * still not shown.
	 */
	static Object shownDate(String value) {
		long letters = value.codePoints().filter(Character::isLetter).count();
		long digits = value.codePoints().filter(Character::isDigit).count();
		boolean dateLike = letters <= 2 && digits <= 14 && !LONG_NUMBER.matcher(value).find();
		return dateLike ? "\"" + cut(value) + "\"" : shown(value);
	}

	/** Six digits or more in a row, of any script: a number, not a part of a date. */
	private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6}", Pattern.UNICODE_CHARACTER_CLASS);

	/** A value of the file not shown in a message, of {@code length} characters. */
	record Hidden(int length) {
	}

	/** A text cut to {@link #SHOWN} characters. */
	static String cut(String text) {
		return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
	}

	/**
	 * A message of {@link BirthDates}, which quotes the line's date and year texts as written, with those texts
	 * {@linkplain #shownDate shown} as dates are (its other arguments are dates it computed, and codes).
	 */
	private static RowMessage datesShown(RowMessage message, String dateText, String yearText) {
		Object[] args = message.args().clone();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof String text && !text.isEmpty() && (text.equals(dateText) || text.equals(yearText))) {
				args[i] = shownDate(text);
			}
		}
		return new RowMessage(message.key(), args);
	}

	/**
	 * Why the id makes the line no record, or null: none, or one a record read before has (a skipped line takes none),
	 * spaces around it aside, and its digits read as the digits they are: " A2 " is A2, "۱۲۳" (Persian digits) is 123.
	 */
	private static RowMessage checkId(String written, Set<String> ids) {
		String id = written.strip();
		if (id.isEmpty()) {
			return new RowMessage("matching.cli.row.noId");
		}
		if (ids.contains(idKey(written))) {
			// ids are shown: a user finds the row by its id, and the outputs hold the ids in full anyway
			return new RowMessage("matching.cli.row.duplicateId", cut(id));
		}
		return null;
	}

	/** An id as ids are compared: without the spaces around it, its digits in ASCII. */
	private static String idKey(String written) {
		return BirthDates.asciiDigits(written.strip());
	}

	/**
	 * Sex as {@link Sex#read} reads it, or written as a word in Turkish or English (Kadın, Erkek, Female, Male), in any
	 * case, as legacy spreadsheets write it; anything else is reported and left out. The candidate API takes the
	 * letters only: a program sends codes, a spreadsheet holds what its clerks typed.
	 */
	static Sex sex(String value, List<RowMessage> notices) {
		Sex word = SEX_WORDS.get(TextFolding.fold(value));
		if (word != null) {
			return word;
		}
		if (!Sex.readable(value)) {
			notices.add(new RowMessage("matching.cli.row.badSex", shown(value)));
			return null;
		}
		return Sex.read(value);
	}

	/** Sex written as a word, {@linkplain TextFolding#fold folded}: Kadın and KADIN are kadin. */
	private static final Map<String, Sex> SEX_WORDS = Map.of("kadin", Sex.F, "erkek", Sex.M, "female", Sex.F,
			"male", Sex.M);

	/**
	 * A citizenship, several separated by | or /, each an alpha-3 or alpha-2 code or a name in Turkish or English of
	 * the reference data ({@link Countries}: ISO 3166-1's countries, Kosovo, and ICAO's codes of a stateless person, a
	 * refugee and a nationality unspecified, XXA to XXX), read as its alpha-3 code, or a refugee without the kind said
	 * ("Mülteci": XXB and XXC); a protection status ("Geçici koruma"), which is no citizenship, is left out, and
	 * reported when the record has nothing else; anything else is reported and left out, a code that is no country's
	 * too (XYZ), as it would otherwise count as a citizenship that differs from every other. The message about such a
	 * code says what it may have been meant for ({@link #codeHint}), the countries named in {@code language}.
	 */
	static List<String> citizenship(String value, List<RowMessage> notices, Locale language) {
		if (value.isEmpty()) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		boolean protection = false;
		for (String written : value.split("[|/]")) {
			List<String> read = Countries.REFERENCE.codes(written);
			if (!read.isEmpty()) {
				codes.addAll(read);
				continue;
			}
			if (Countries.protection(written)) {
				// beside the country ("Suriye/Geçici koruma") it is left out; alone, the record has no citizenship
				protection = true;
				continue;
			}
			String letters = written.strip().toUpperCase(Locale.ROOT);
			if (letters.matches("[A-Z]{3}")) {
				notices.add(new RowMessage("matching.cli.row.unknownCitizenship", shown(value), codeHint(letters, language)));
			}
			else if (letters.matches("[A-Z]{2}")) {
				notices.add(new RowMessage("matching.cli.row.unknownCitizenship", shown(value),
						new RowMessage("matching.cli.row.citizenshipHint.examples")));
			}
			else {
				notices.add(new RowMessage("matching.cli.row.badCitizenship", shown(value)));
			}
			return List.of();
		}
		if (codes.isEmpty() && protection) {
			// quoted: it holds words of the list above and separators only, no name
			notices.add(new RowMessage("matching.cli.row.protectionStatus", "\"" + cut(value) + "\""));
		}
		return codes.stream().distinct().toList();
	}

	/** At most this many countries are suggested for a code that is none. */
	private static final int SUGGESTED = 3;

	/**
	 * What a code that is no country's may have been meant for: the countries whose code differs from it in one letter,
	 * all in the same place (SYA: Seychelles, SYC, and Syria, SYR), at most {@link #SUGGESTED}, named as the reference
	 * data names them in {@code language}; else examples of codes. The value itself is not repeated, and the hint tells
	 * no more of it than two of its letters, as a value is quoted with two letters at most ({@link #shown}): a value
	 * of three letters may be a name (Ali, Nur). Codes differing in different places, or with two letters swapped
	 * (SRY and SYR), would tell all three: NRU (Nauru) for "NUR". Of the places, the one with the most such codes is
	 * taken, the later of two with as many.
	 */
	static RowMessage codeHint(String code, Locale language) {
		boolean turkish = "tr".equals(language.getLanguage());
		List<Entry> near = List.of();
		for (int place = code.length() - 1; place >= 0; place--) {
			int at = place;
			List<Entry> here = Countries.REFERENCE.all().stream()
				.filter(country -> differsOnlyAt(code, country.alpha3(), at))
				.sorted(Comparator.comparing(Entry::alpha3))
				.toList();
			if (here.size() > near.size()) {
				near = here;
			}
		}
		List<String> named = near.stream().limit(SUGGESTED)
			.map(country -> country.alpha3() + " (" + (turkish ? country.nameTr() : country.nameEn()) + ")")
			.toList();
		return named.isEmpty() ? new RowMessage("matching.cli.row.citizenshipHint.examples")
				: new RowMessage("matching.cli.row.citizenshipHint.near", String.join(", ", named));
	}

	/** Whether a code of three letters differs from another in the letter at {@code at}, and there only. */
	private static boolean differsOnlyAt(String typed, String code, int at) {
		for (int i = 0; i < typed.length(); i++) {
			if ((typed.charAt(i) != code.charAt(i)) != (i == at)) {
				return false;
			}
		}
		return true;
	}

	private static String blank(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
