package org.opennrm.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.opennrm.matching.internal.NameVariants;
import org.opennrm.matching.internal.Skeletons;

/**
 * The keys under which records are grouped for comparison: the register's index and the bulk command's blocks.
 * Their rules are versioned by {@link PersonMatcher#KEY_SCHEME}; the matcher answers for them
 * ({@link PersonMatcher#indexKeys} and the others).
 */
final class BlockingKeys {

	private BlockingKeys() {
	}

	/**
	 * Keys under which the register's index files a person, and the bulk command groups a file's records: each name's
	 * skeleton with the year of birth (in two overlapping two-year buckets, so that a year off by one still meets),
	 * each pair of names without the year (for records whose year is missing or wrong), each name with the full date
	 * of birth, each pair of names with the year, and each name with the year and another name's first letter class.
	 * The last three are narrow blocks: in a national register a common
	 * name with its year is shared by thousands, the same name with the same date or with the same second name and
	 * year by a few. The index, which reads at most {@code PersonIndex.BLOCK_LIMIT} people per block and ranks people
	 * by how rare the blocks they share are, finds the person through them; so does the bulk command, which leaves
	 * blocks of more than 600 records aside (on a generated file of 1,000,000 records the name pairs with the year
	 * took MATCH F1 from 87.6 to 88.7 % of the ceiling, for 12 % more time; at 100,000 records they change little).
	 * The name with the year and another's first letter class was the bulk command's until key scheme 7; simulated on
	 * the index of 1,000,000 people, it found the query's person in 22 more of 2,000 queries (1,404 against 1,382,
	 * with {@code PersonIndex.PREFETCH} at 200) for 18 % more keys.
	 */
	static Set<String> blockingKeys(PreparedPerson person) {
		return keyedBothWays(person, p -> blockingKeys(p, blockNames(p)));
	}

	/**
	 * The keys {@code keys} gives a person, and, for a person with an everyday form among the given names that is a
	 * family name too, those it gives the person with the form read as the full name ({@link #givenFullNamesRead}).
	 */
	private static Set<String> keyedBothWays(PreparedPerson person, Function<PreparedPerson, Set<String>> keys) {
		Set<String> all = keys.apply(person);
		PreparedPerson read = givenFullNamesRead(person);
		if (read != null) {
			all.addAll(keys.apply(read));
		}
		return all;
	}

	/**
	 * The person with each everyday form among the given names that is a family name too ("Hamoudi", "Hamo":
	 * {@code NameVariants.givenFullName}) read as the full name, or null when there is none. A record is keyed both as
	 * written and so: "Hamo" of 1989-03-08 meets "Mohammad Yousef Ali" of that day, and "Hamo Abdulrazzaq", whose
	 * names are in the wrong fields, still meets "Abdulrazzaq Hamo". The comparison decides which reading holds
	 * ({@link NameComparison#givenNameForms}).
	 */
	private static PreparedPerson givenFullNamesRead(PreparedPerson person) {
		if (!person.givenNameForm) {
			return null;
		}
		List<String> given = new ArrayList<>(person.given.tokens());
		given.replaceAll(token -> {
			String full = NameVariants.givenFullName(token);
			return full != null ? full : token;
		});
		List<String> tokens = new ArrayList<>(given);
		tokens.addAll(person.family.tokens());
		return new PreparedPerson(person.id, PersonMatcher.name(given, person.given.scripts()), person.family,
				PersonMatcher.name(tokens, person.all.scripts()),
				person.original, person.birthDate, person.birthYear, person.sex, person.citizenship, person.initials);
	}

	/**
	 * The names a record is keyed by: the first three classes of each skeleton, so that a typo or another ending still
	 * meets; all its names in writing order, then those only the one-line or original-script name adds, at most four.
	 * By position, not distinct value: "Ahmad Hamoud" has two names with one skeleton, and they pair with each other.
	 */
	private static List<String> blockNames(PreparedPerson person) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < person.all.size(); i++) {
			names.add(blockName(person.all.tokens().get(i), person.all.skeletons().get(i)));
		}
		for (int i = 0; i < person.original.size(); i++) {
			String name = blockName(person.original.tokens().get(i), person.original.skeletons().get(i));
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		return names.subList(0, Math.min(names.size(), 4));
	}

	private static Set<String> blockingKeys(PreparedPerson person, List<String> names) {
		Set<String> keys = new LinkedHashSet<>();
		Integer year = person.birthYear;
		for (String s : names) {
			// A one-consonant name ("Ali", "Aya") with a year is too wide a block; it counts in the name pairs only.
			if (year != null && (wideEnoughWithYear(s) || names.size() == 1)) {
				keys.add("y" + (year / 2) + ":" + s);
				keys.add("z" + ((year + 1) / 2) + ":" + s);
			}
		}
		for (int i = 0; i < names.size(); i++) {
			for (int j = 0; j < names.size(); j++) {
				if (i == j) {
					continue;
				}
				String a = names.get(i);
				String b = names.get(j);
				if (i < j) {
					String pair = ordered(a, b);
					keys.add("p:" + pair);
					if (year != null && j < 3) {
						keys.add("r" + (year / 2) + ":" + pair);
						keys.add("s" + ((year + 1) / 2) + ":" + pair);
					}
				}
				if (i < 3 && j < 3) {
					// one name as written, the other only by its first letter class: a typo in the second still meets
					keys.add("q:" + a + "~" + b.charAt(0));
				}
			}
		}
		if (names.size() == 1 && year == null) {
			keys.add("n:" + names.get(0));
		}
		// Each name with the year and another name's first letter class: still meets when that other name has a slip
		// ("Zehra Azizi" and "Zhera Azizi", whose name pairs and year blocks differ or are too wide).
		if (year != null) {
			List<String> own = ownNames(person, names);
			for (int i = 0; i < own.size(); i++) {
				for (int j = 0; j < own.size(); j++) {
					// a one-consonant name ("Ali") with a year is too wide a block, as above
					if (i != j && wideEnoughWithYear(own.get(i))) {
						keys.add("g" + year + ":" + own.get(i) + "~" + initial(own.get(j)));
					}
				}
			}
		}
		// Each name with the full date of birth: a common name with its year is too wide a block to keep, but the
		// same date with the same name is a narrow one, and among the likeliest true pairs.
		if (person.birthDate != null) {
			for (int i = 0; i < Math.min(3, names.size()); i++) {
				keys.add("d:" + person.birthDate + ":" + names.get(i));
			}
		}
		return keys;
	}

	/**
	 * The keys of {@link #blockingKeys} and, for a file compared with itself at once (the bulk command), keys that
	 * still meet when every name of a record has a slip after its first letter: the full date with each name's first
	 * letter class, the day and month of birth with each name (for a year off by one or mistyped as well), and the
	 * year with the first letter classes of each two names. "Moammaf Uthman" and "Mohamac Osman" of one date, and
	 * "Şahnoza Karimova" of 2004-12-02 and "Shahnoxa Karimova" of 2003-12-02, share no other key, or only blocks too
	 * wide to compare. In a file a pair is compared when it shares two keys or one small block. The index, which ranks
	 * people by the blocks they share, does not file these: simulated on the 1,000,000-person benchmark register, they
	 * found the query's person 14 times more in 2,000 queries for a fifth more keys (docs/benchmarks.md). On the
	 * generated files the bulk keys (these and the year with a name and another's first letter class, now among the
	 * index's keys) took MATCH F1 from 94.6 to 95.0 % of the ceiling at 100,000 records and from 93.0 to 93.7 % at
	 * 1,000,000, for a fifth more time at 1,000,000 (440 s against 359); the day and month with a name's first letter
	 * as well, or the name with the year's two-year buckets, cost a quarter to a third more time for 0.1 point or less.
	 */
	static Set<String> bulkBlockingKeys(PreparedPerson person) {
		return keyedBothWays(person, BlockingKeys::bulkKeys);
	}

	private static Set<String> bulkKeys(PreparedPerson person) {
		List<String> keyed = blockNames(person);
		Set<String> keys = blockingKeys(person, keyed);
		List<String> names = ownNames(person, keyed);
		List<String> initials = names.stream().map(BlockingKeys::initial).toList();
		if (person.birthDate != null) {
			String dayAndMonth = person.birthDate.toString().substring(5);
			for (int i = 0; i < names.size(); i++) {
				keys.add("e:" + person.birthDate + ":" + initials.get(i));
				keys.add("m:" + dayAndMonth + ":" + names.get(i));
			}
		}
		Integer year = person.birthYear;
		if (year != null) {
			for (int i = 0; i < names.size(); i++) {
				for (int j = i + 1; j < names.size(); j++) {
					String a = initials.get(i);
					String b = initials.get(j);
					keys.add("f" + year + ":" + ordered(a, b));
				}
			}
		}
		return keys;
	}

	/**
	 * Keys by which two records of a small file still meet when one name of a pair has a slip among its first three
	 * letter classes (a letter left out, added or mistyped; the bulk command's, for files small enough to compare
	 * more, see {@code BulkMatchCommand}): each two of the record's first three own names, one as keyed and the other
	 * as keyed or with one of its first three classes left out. Two spellings one slip apart both leave a class out to
	 * meet (a symmetric deletion neighbourhood): "Anas Walid" and "Anas Waid", "Osasu Ogunyemi" and "Osasu Ounyemi"
	 * of a date with day and month swapped, "Ecaterina Popa" and "Popa Ekaterena" (a Romanian c read as s by the
	 * skeleton) share no other key, nor any key a year could add when one record has none. On the registers of 10,000
	 * records the benchmark measures, MATCH-or-POSSIBLE recall rose by 0.1 to 0.6 point and MATCH F1 by up to 0.2
	 * (docs/benchmarks.md, "Twenty-first round").
	 */
	static Set<String> slipKeys(PreparedPerson person) {
		int own = Math.min(3, person.all.size());
		List<List<String>> variants = new ArrayList<>(own);
		for (int i = 0; i < own; i++) {
			variants.add(slipVariants(person.all.tokens().get(i), person.all.skeletons().get(i)));
		}
		Set<String> keys = new LinkedHashSet<>();
		for (int i = 0; i < own; i++) {
			for (int j = i + 1; j < own; j++) {
				List<String> a = variants.get(i);
				List<String> b = variants.get(j);
				for (String slipped : a) {
					keys.add("x:" + ordered(slipped, b.get(0)));
				}
				for (String slipped : b.subList(1, b.size())) {
					keys.add("x:" + ordered(a.get(0), slipped));
				}
			}
		}
		return keys;
	}

	/**
	 * Keys by which a record naming one name only meets the records carrying that name among others when one of the
	 * two spellings has a slip among its first three letter classes ("Ewter" of 1989 and "Ester Mwangi" of
	 * 1989-01-10; "Feruxa" and "Feruza Abdurakhmonova"): the name as keyed and with one of those classes left out,
	 * as {@link #slipKeys}; a record naming one name gives its name, any other record its first three own names. The
	 * bulk command compares a pair sharing one only when one of its two records names one name, as for
	 * {@link #oneNameKeys}.
	 */
	static Set<String> oneNameSlipKeys(PreparedPerson person) {
		int own = oneName(person) ? 1 : Math.min(3, person.all.size());
		Set<String> keys = new LinkedHashSet<>();
		for (int i = 0; i < own; i++) {
			List<String> variants = slipVariants(person.all.tokens().get(i), person.all.skeletons().get(i));
			if (variants.size() > 1) {
				for (String variant : variants) {
					keys.add("os:" + variant);
				}
			}
		}
		return keys;
	}

	/**
	 * A name as keyed ({@link #blockName}), then with each of the first three classes of its skeleton left out, each
	 * cut to three classes as keyed: "Ogunyemi" (knm…) gives knm, nm…, km…, kn…; a name of one class gives itself.
	 */
	private static List<String> slipVariants(String token, String skeleton) {
		String spelling = keyedSpelling(token);
		String keyedSkeleton = spelling.equals(token) ? skeleton : Skeletons.skeleton(spelling);
		List<String> variants = new ArrayList<>(4);
		variants.add(keyed(spelling, keyedSkeleton));
		if (keyedSkeleton.length() >= 2) {
			for (int k = 0; k < Math.min(3, keyedSkeleton.length()); k++) {
				String keyed = keyed(spelling, keyedSkeleton.substring(0, k) + keyedSkeleton.substring(k + 1));
				if (!variants.contains(keyed)) {
					variants.add(keyed);
				}
			}
		}
		return variants;
	}

	/** Two keyed names in one order, whichever order a record writes them in. */
	private static String ordered(String a, String b) {
		return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
	}

	/**
	 * Whether the record names no one: once what is written for a name not known ("BİLİNMİYOR", "FNU", "X"), initials,
	 * and digits or punctuation standing alone ("12345", "---") are left out, no name is left to key, look for or compare.
	 */
	static boolean namesNoName(PreparedPerson person) {
		return person.all.isEmpty();
	}

	/**
	 * Whether the record names one name only: a hotline's "Roya", born 1975, a shelter's given name with the family
	 * name left out or written "-" (2 to 9 % of the records of the four independently written registers; see
	 * {@link #oneNameKeys}).
	 */
	static boolean namesOneName(PreparedPerson person) {
		return oneName(person);
	}

	private static boolean oneName(PreparedPerson person) {
		return person.all.size() == 1;
	}

	/**
	 * Keys by which a record naming one name only meets the records that carry that name among others (the bulk
	 * command's; a pair that shares one of them is worth comparing only when one of its two records names one name):
	 * each name alone, and a one-consonant name ("Roya", "Ali", "Nino") with the year in the two overlapping buckets.
	 * {@link #blockingKeys} files a lone name without a year only with other lone names, and a one-consonant name with
	 * its year only for a record that has no other name, so "Roya" of 1975 never met "Roya Rezai" of 1975-02-05
	 * (0.83 when compared), nor "Kamran" without a year "Kamran Nabiyev" (0.1 to 0.2, a pair for the review queue):
	 * on the second independently written register of 10,000 records, 250 true pairs such as these were never
	 * compared. A record naming one name gives each of its keyed names, the original script's too; any other record
	 * its first three own names.
	 */
	static Set<String> oneNameKeys(PreparedPerson person) {
		return namesAlone(person, "o");
	}

	/**
	 * The keys of each name alone, with the {@code prefix} given: "o" for a name among any ({@link #oneNameKeys}),
	 * "l" for the name of a record naming one name only (the index's, {@link #indexKeys}).
	 */
	private static Set<String> namesAlone(PreparedPerson person, String prefix) {
		return keyedBothWays(person, p -> namesAloneAsWritten(p, prefix));
	}

	private static Set<String> namesAloneAsWritten(PreparedPerson person, String prefix) {
		List<String> keyed = blockNames(person);
		List<String> names = oneName(person) ? keyed : ownNames(person, keyed);
		Set<String> keys = new LinkedHashSet<>();
		Integer year = person.birthYear;
		for (String name : names) {
			keys.add(prefix + ":" + name);
			if (year != null && !wideEnoughWithYear(name)) {
				keys.add(prefix + "y" + (year / 2) + ":" + name);
				keys.add(prefix + "z" + ((year + 1) / 2) + ":" + name);
			}
		}
		return keys;
	}

	/**
	 * Keys under which the register's index files a person: {@link #blockingKeys}, each name alone
	 * ({@link #oneNameKeys}, for a search naming one name), and for a person whose record names one name only, that
	 * name again as such ("l" keys, for a search with several names). A search looks for {@link #searchKeys}.
	 */
	static Set<String> indexKeys(PreparedPerson person) {
		Set<String> keys = new LinkedHashSet<>(blockingKeys(person));
		keys.addAll(oneNameKeys(person));
		if (namesOneName(person)) {
			keys.addAll(namesAlone(person, "l"));
		}
		return keys;
	}

	/**
	 * Keys a search of the index looks for: {@link #blockingKeys}; a search naming one name also looks for everyone
	 * carrying it ("Roya" of 1975 finds "Roya Rezai" of 1975-02-05), a search with several names for the people whose
	 * record names one of them only ("Roya Rezai" finds "Roya" of 1975, "Kamran Nabiyev" finds "Kamran" without a
	 * year). "Mehmet Yılmaz" does not look for everyone named Mehmet: two records with several names meet through
	 * their usual keys only, as before.
	 */
	static Set<String> searchKeys(PreparedPerson person) {
		Set<String> keys = new LinkedHashSet<>(blockingKeys(person));
		keys.addAll(namesOneName(person) ? oneNameKeys(person) : namesAlone(person, "l"));
		return keys;
	}

	/**
	 * Whether a keyed name is specific enough to make a block with a year: not a one-consonant name ("Ali", "Roya")
	 * nor one without a skeleton ("Aya"), which in a national register thousands share with any one year.
	 */
	private static boolean wideEnoughWithYear(String keyedName) {
		return keyedName.length() >= 2 && !keyedName.startsWith("=");
	}

	/** The first three of the record's own names as keyed (those the one-line or original-script name adds follow). */
	private static List<String> ownNames(PreparedPerson person, List<String> keyed) {
		return keyed.subList(0, Math.min(3, Math.min(keyed.size(), person.all.size())));
	}

	/** A keyed name's first letter class (a name without a skeleton whole). */
	private static String initial(String keyedName) {
		return keyedName.startsWith("=") ? keyedName : keyedName.substring(0, 1);
	}

	/**
	 * A name as a blocking key: the first three classes of its skeleton, or the name itself if it has none ("Aya"); a
	 * joined article taken off when four letters are left, as {@link NameLevels#bareName} compares ("Elamin" is keyed as Amin,
	 * "Elena" and "Aliya" as themselves: keyed "Ena", Elena shared no name key with Yelena).
	 */
	private static String blockName(String token, String skeleton) {
		String spelling = keyedSpelling(token);
		return keyed(spelling, spelling.equals(token) ? skeleton : Skeletons.skeleton(spelling));
	}

	/**
	 * The spelling a name is keyed by: the full name an everyday form stands for ({@code NameVariants.fullName}), a
	 * joined article taken off ({@link NameLevels#bareName}), as often as either applies.
	 */
	private static String keyedSpelling(String token) {
		String spelling = token;
		while (true) {
			String next = NameVariants.fullName(spelling);
			if (next == null) {
				next = NameLevels.bareName(spelling, null);
			}
			if (next == null) {
				return spelling;
			}
			spelling = next;
		}
	}

	/** A keyed spelling's key: the first three classes of its skeleton, or the spelling itself if it has none. */
	private static String keyed(String spelling, String skeleton) {
		if (skeleton.isEmpty()) {
			return "=" + spelling;
		}
		return skeleton.length() > 3 ? skeleton.substring(0, 3) : skeleton;
	}

}
