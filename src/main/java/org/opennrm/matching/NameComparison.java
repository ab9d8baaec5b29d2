package org.opennrm.matching;

import static org.opennrm.matching.ExplanationItem.note;
import static org.opennrm.matching.ExplanationItem.noteOf;
import static org.opennrm.matching.ExplanationItem.noteWorded;

import java.util.List;

import org.opennrm.matching.ExplanationItem.Whose;
import org.opennrm.matching.PreparedPerson.Name;
import org.opennrm.matching.internal.LevelCache;
import org.opennrm.matching.internal.NameNormaliser;
import org.opennrm.matching.internal.NameVariants;
import org.opennrm.matching.internal.Skeletons;

/**
 * The names' evidence of two records: the best assignment between their names, given names with given names and
 * family names with family names or all names at once, each agreement weighed by how often the name is written
 * (a common name weighs less than a rare one), the names left over, a name on one side only, given and family names
 * swapped, names joined or written apart. Thread-safe.
 */
final class NameComparison {

	private final NameFrequencies frequencies;

	NameComparison(NameFrequencies frequencies) {
		this.frequencies = frequencies;
	}

	/*
	 * How much of each part of the names' evidence counts. Each agreeing name adds log2(m/u) as if names were
	 * independent of each other and of the rest; they are not (a name tells nationality, sex and generation, and a
	 * family shares its names), and a name that only resembles another is more often a different name than its m and u
	 * say. The regression that fitted the prior ({@code PersonMatcher.PRIOR_SLOPE}), with one coefficient per part,
	 * weighed names written alike at 0.75 of their face value (0.75 and 0.76 at the two sizes), names equivalent
	 * across spellings at 0.67 (0.66, 0.67) and similar names at 0.67 (0.63, 0.71), names one keystroke apart at 0.8
	 * (0.79, 0.83), a name of either record agreeing with none of the other's at -5 bits (-5.5, -4.7), its face value
	 * (the bulk command, which counts its file's spellings, now tells two kinds of such names apart: see
	 * UNMATCHED_COMMON), and the correction for two names common together (0.98, 0.73), a name on one side only and a
	 * swap of given and family names at 0.86 of their face value, as the names' sum was weighed before its parts were
	 * told apart. See WeightFitBenchmark.
	 */

	static final double SAME_FACTOR = 0.75;

	static final double EQUIVALENT_FACTOR = 0.67;

	static final double SIMILAR_FACTOR = 0.67;

	static final double SLIP_FACTOR = 0.8;

	static final double NAME_EVIDENCE = 0.86;

	/**
	 * A name on both sides that agrees with none of the other's, when the spellings were not counted (the index):
	 * log2(0.03 / 0.97), as fitted before the two kinds below were told apart.
	 */
	static final double UNMATCHED = -5;

	/**
	 * A name on both sides that agrees with none of the other's, the two each written so by many records of the file:
	 * two names, not one mistyped beyond recognition ("Sevinj"/"Nigar" of two sisters). Fitted at 100,000 records:
	 * -8.4 bits in all against -3.5 for the others; at -8.5 and -3.5, MATCH F1 rose by 0.3 point of the ceiling at
	 * 10,000 and 100,000 records (sisters, brothers and twins with one family name and one date were MATCHes).
	 */
	static final double UNMATCHED_COMMON = -8.5;

	/** A name on both sides that agrees with none of the other's, one of the two seldom written so: maybe a slip. */
	static final double UNMATCHED_RARE = -3.5;

	/**
	 * The first given name of one record agrees with none of the other's, whose first given name agrees with a later
	 * one: "Hussein Ahmad Halabi" (Hussein, son of Ahmad) and "Ahmad Halabi", his father. A name chain begins with the
	 * person's own name; a father's name follows it. At 100,000 records, -3 to -12 bits took the same 270 false
	 * MATCHes out and about ten true ones (MATCH F1 +0.1 point of the ceiling).
	 */
	static final double OWN_NAME_LEFT = -6;

	/** A name on one side only, beyond the other's count (a father's name, a second given name): −1.6 at face value. */
	static final double EXTRA = -1.6;

	/** Given and family names swapped between the records: −0.5 at face value. */
	static final double SWAPPED = -0.5;

	/** The most two names one keystroke apart weigh ({@link NameLevels#oneSlipApart}), in bits. */
	static final double SLIP_CAP = 9;

	/**
	 * The share of records from which a name is common, one in a hundred: with the shipped defaults, 13 of the 14
	 * names they list (Karim, 0.8 %, is not); in a file of 10,000 records, a name about 100 of them carry. The
	 * explanation says "a common name, which weighs less" of an agreement on such a name only where it counts
	 * {@value #COMMON_BITS} bits less in the score than on a rare name would.
	 */
	static final double COMMON_SHARE = 0.01;

	/**
	 * How much less an agreement on a common name, or a pair of names common together, must count in the score (its
	 * weight times its factor) than one on a rare name, of the share the frequencies give a name they do not know, for
	 * the explanation to call it common: the odds a fourth of what they would be. With the shipped defaults, whose
	 * unknown names have a share of 0.2 %, that is a name of 1.3 % written alike (Omar, Ibrahim and Mustafa, 1.5 %, and
	 * the commoner) and of 1.6 % spelt otherwise (Muhammad, Ahmad, Ali, Hasan and Fatma); not Abdullah, Yusuf or Maryam
	 * (1.2 %), which count 1.9 bits less written alike and 1.7 spelt otherwise. On counted data of 10,000 records or
	 * more, where a name no other record carries has a share under 0.04 %, every name of 1 % written alike or spelt
	 * otherwise does. Until December 2026 any name of 1 % was called common, however little less it counted: a similar
	 * name, weighed as if none were rarer than 0.5 %, counted 0.7 bit less.
	 */
	static final double COMMON_BITS = 2;

	/**
	 * The names' evidence part by part, at face value (log2 m/u): names written alike, equivalent (one skeleton, a
	 * known variant, a compound written together), similar, one keystroke apart; names agreeing with none of the
	 * other's; names on one side only; the correction for two names common together; given and family names swapped;
	 * the first given name of one left out while the other's agrees with a later one (see {@link #OWN_NAME_LEFT}).
	 * {@link #bits()} weighs each part by its fitted factor.
	 */
	record NameEvidence(double same, double equivalent, double similar, double slip, Unmatched unmatched, int extra,
			double pairCorrection, boolean swapped, boolean ownNameLeft) {

		static final NameEvidence NONE = new NameEvidence(0, 0, 0, 0, Unmatched.NONE, 0, 0, false, false);

		double bits() {
			return nameBits(same, equivalent, similar, slip, unmatched, extra)
					+ NAME_EVIDENCE * (pairCorrection + (swapped ? SWAPPED : 0)) + (ownNameLeft ? OWN_NAME_LEFT : 0);
		}

		/** Both parts of a record's names (given and family) together, with the correction and the swap. */
		static NameEvidence of(Alignment x, Alignment y, double pairCorrection, boolean swapped, boolean ownNameLeft) {
			if (y == null) {
				return new NameEvidence(x.sameWeight, x.equivalentWeight, x.similarWeight, x.slipWeight, x.unmatched,
						x.extra, pairCorrection, swapped, ownNameLeft);
			}
			return new NameEvidence(x.sameWeight + y.sameWeight, x.equivalentWeight + y.equivalentWeight,
					x.similarWeight + y.similarWeight, x.slipWeight + y.slipWeight, x.unmatched.plus(y.unmatched),
					x.extra + y.extra, pairCorrection, swapped, ownNameLeft);
		}

	}

	/**
	 * The best one-to-one assignment between two token lists, greedy by agreement then by rarity: the agreeing names'
	 * weights at face value by level (as in {@link NameEvidence}), the counts of names by how they agree, and whether
	 * the first name of the longer list agrees with none of the other's while the other's first agrees with a later
	 * one ({@code firstNameLeftIn}, read for given names: see {@link #OWN_NAME_LEFT}). For the explanation: whether a
	 * name agreed on is common ({@link #COMMON_SHARE}), which list has the names beyond the other's count
	 * ({@code extraIn}), and whether the two were written in other scripts ({@code otherScript}).
	 */
	record Alignment(double sameWeight, double equivalentWeight, double similarWeight, double slipWeight, int same,
			int equivalent, int similar, int compared, Unmatched unmatched, int extra, boolean common, Agreement first,
			Agreement second, Whose firstNameLeftIn, Whose extraIn, boolean otherScript) {

		int agreeing() {
			return same + equivalent + similar;
		}

		/** See {@link #OWN_NAME_LEFT}; {@code firstNameLeftIn} says whose first name it is (the first list's: FIRST). */
		boolean firstNameLeft() {
			return firstNameLeftIn != null;
		}

		/** In bits, as the score counts it, before the correction for names common together. */
		double weight() {
			return nameBits(sameWeight, equivalentWeight, similarWeight, slipWeight, unmatched, extra);
		}

	}

	/** Names' weights by level at face value, and the counts of names without counterpart, weighed as the score counts them. */
	private static double nameBits(double same, double equivalent, double similar, double slip, Unmatched unmatched,
			int extra) {
		return SAME_FACTOR * same + EQUIVALENT_FACTOR * equivalent + SIMILAR_FACTOR * similar + SLIP_FACTOR * slip
				+ unmatched.bits() + NAME_EVIDENCE * EXTRA * extra;
	}

	/**
	 * Names on both sides that agree with none of the other's: {@code common} of them written so by many records of the
	 * file on each side, {@code rare} of them not, the others untold (spellings not counted).
	 */
	record Unmatched(int count, int common, int rare) {

		static final Unmatched NONE = new Unmatched(0, 0, 0);

		Unmatched plus(Unmatched other) {
			return new Unmatched(count + other.count, common + other.common, rare + other.rare);
		}

		double bits() {
			return UNMATCHED_COMMON * common + UNMATCHED_RARE * rare + UNMATCHED * (count - common - rare);
		}

	}

	/**
	 * Two tokens that agree: the names they are counted under ({@link NameFrequencies#name}), the weight given, and m,
	 * how often one person's records agree so.
	 */
	record Agreement(String x, String y, double weight, double m) {

		/** The two that weigh most of the best two so far ({@code first}, {@code second}, either may be null) and another. */
		static Agreement[] top(Agreement first, Agreement second, Agreement other) {
			if (other == null || second != null && other.weight <= second.weight) {
				return new Agreement[] { first, second };
			}
			if (first == null || other.weight > first.weight) {
				return new Agreement[] { other, first };
			}
			return new Agreement[] { first, other };
		}

	}

	/** The agreement level of every token of x with every token of y; null if either has none. */
	private static int[][] levels(Name x, Name y) {
		if (x.isEmpty() || y.isEmpty()) {
			return null;
		}
		int[][] levels = new int[x.size()][y.size()];
		for (int i = 0; i < x.size(); i++) {
			for (int j = 0; j < y.size(); j++) {
				// one token: the same name (the rules below say so too), without a look into the cache's 64 MB
				if (x.ids()[i] == y.ids()[j] && x.ids()[i] != 0) {
					levels[i][j] = 3;
					continue;
				}
				int level = NameLevels.LEVELS.held(x.ids()[i], y.ids()[j]);
				if (level == LevelCache.NOT_HELD) {
					level = NameLevels.level(x.tokens().get(i), y.tokens().get(j), x.skeletons().get(i),
							y.skeletons().get(j));
					NameLevels.LEVELS.hold(x.ids()[i], y.ids()[j], level);
				}
				levels[i][j] = level;
			}
		}
		return levels;
	}

	/** The levels of every name of a against every name of b, everyday forms among the given names read as full names. */
	static int[][] nameLevels(PreparedPerson a, PreparedPerson b) {
		int[][] all = levels(a.all, b.all);
		if (all != null && (a.givenNameForm || b.givenNameForm)) {
			givenNameForms(a, b, all);
		}
		return all;
	}

	/**
	 * Reads an everyday form that is a family name too ("Hamoudi", "Hamo": {@code NameVariants.givenFullName}) as the
	 * full name it stands for where both records write the two names among their given names: there "Hamoudi" is
	 * equivalent to any spelling of Muhammad. Elsewhere the form stays as written, so that "Fatima Hamo" is not
	 * "Fatima Mohammad", and "Hamo Abdulrazzaq", its names in the wrong fields, is still "Abdulrazzaq Hamo". Given
	 * names come first among a record's names ({@link PreparedPerson#all}), so the levels of two given names are the
	 * top left corner of the records' matrix.
	 */
	private static void givenNameForms(PreparedPerson a, PreparedPerson b, int[][] levels) {
		for (int i = 0; i < a.given.size(); i++) {
			String tokenA = a.given.tokens().get(i);
			String fullA = NameVariants.givenFullName(tokenA);
			for (int j = 0; j < b.given.size(); j++) {
				String tokenB = b.given.tokens().get(j);
				String fullB = NameVariants.givenFullName(tokenB);
				if (fullA == null && fullB == null || levels[i][j] >= 2) {
					continue;
				}
				String x = fullA != null ? fullA : tokenA;
				String y = fullB != null ? fullB : tokenB;
				levels[i][j] = Math.max(levels[i][j], NameLevels.fullNameLevel(x, y));
			}
		}
	}

	/**
	 * Aligns x with y, reading token levels from {@code matrix} at the given offsets: the given and family names
	 * of a record are slices of all its names, so one matrix serves every way of comparing two records.
	 */
	Alignment align(Name x, Name y, int[][] matrix, int rowOffset, int columnOffset) {
		return align(x, y, matrix, rowOffset, columnOffset, -1, -1);
	}

	/**
	 * As above; {@code lastGivenX} (Y) is the position of x's (y's) last given name when it holds a structured
	 * record's given and family names, which are not joined across as one name written apart; else -1.
	 */
	private Alignment align(Name x, Name y, int[][] matrix, int rowOffset, int columnOffset, int lastGivenX,
			int lastGivenY) {
		if (x.isEmpty() || y.isEmpty()) {
			return null;
		}
		int n = x.size();
		int m = y.size();
		boolean[] usedX = new boolean[n];
		boolean[] usedY = new boolean[m];
		double sameWeight = 0;
		double equivalentWeight = 0;
		double similarWeight = 0;
		double slipWeight = 0;
		int same = 0;
		int equivalent = 0;
		int similar = 0;
		boolean common = false;
		Agreement first = null;
		Agreement second = null;
		int joinedX = 0;
		int joinedY = 0;
		for (int level = 3; level >= 1; level--) {
			if (level == 1) {
				// A compound name written apart on one side and together on the other ("Gul Nora" and "Gulnora",
				// "Mohammad Reza" and "Mohammadreza"), before names that are only similar take its parts: "Mohammad"
				// is similar to "Mohammadreza", and would leave "Reza" without counterpart.
				double[] joinedWeight = { 0 };
				joinedX = joinedNames(x, y, usedX, usedY, lastGivenX, joinedWeight);
				joinedY = joinedNames(y, x, usedY, usedX, lastGivenY, joinedWeight);
				equivalent += joinedX + joinedY;
				equivalentWeight += joinedWeight[0];
			}
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < m; j++) {
					// similar spellings each common in the file are two names ("Rahimi", "Rahmani"), not one mistyped
					if (!usedX[i] && !usedY[j] && matrix[rowOffset + i][columnOffset + j] == level
							&& (level > 1 || !frequencies.twoCommonSpellings(x.tokens().get(i), y.tokens().get(j)))) {
						usedX[i] = true;
						usedY[j] = true;
						String nameX = frequencies.name(x.tokens().get(i), x.skeletons().get(i));
						String nameY = frequencies.name(y.tokens().get(j), y.skeletons().get(j));
						double shareX = frequencies.share(nameX);
						double shareY = frequencies.share(nameY);
						double share = Math.max(shareX, shareY);
						boolean slip = level == 1 && NameLevels.oneSlipApart(x.tokens().get(i), y.tokens().get(j));
						double agree = agreement(level, slip);
						double w = weight(level, slip, share);
						if (level == 3) {
							same++;
							sameWeight += w;
						}
						else if (level == 2) {
							equivalent++;
							equivalentWeight += w;
						}
						else {
							similar++;
							if (slip) {
								slipWeight += w;
							}
							else {
								similarWeight += w;
							}
						}
						// the commoner of the two as written, where its share is its own
						common |= share >= COMMON_SHARE
								&& factor(level, slip) * (weight(level, slip, frequencies.unknownShare()) - w) >= COMMON_BITS
								&& (shareX >= shareY ? frequencies.ownShare(x.tokens().get(i), x.skeletons().get(i))
										: frequencies.ownShare(y.tokens().get(j), y.skeletons().get(j)));
						Agreement[] top = Agreement.top(first, second, new Agreement(nameX, nameY, w, agree));
						first = top[0];
						second = top[1];
					}
				}
			}
		}
		// A spelling the file writes once or twice, two keystrokes from one it writes often ("Yusv" and "Yusuf" where
		// many records write Yusuf): a slip the rules for two spellings alone cannot tell from another name.
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m && !usedX[i]; j++) {
				String a = x.tokens().get(i);
				String b = y.tokens().get(j);
				// (the distance is -1 beyond two)
				if (!usedY[j] && frequencies.slipOfCommonSpelling(x, i, y, j) && NameLevels.TYPO_DISTANCE.apply(a, b) >= 0) {
					usedX[i] = true;
					usedY[j] = true;
					similar++;
					String name = frequencies.records(x, i) >= frequencies.records(y, j)
							? frequencies.name(a, x.skeletons().get(i)) : frequencies.name(b, y.skeletons().get(j));
					similarWeight += Math.min(6, log2(0.3 / Math.max(frequencies.share(name), 0.005)));
				}
			}
		}
		int compared = Math.min(n - joinedX, m - joinedY);
		int unmatched = Math.max(0, compared - (same + equivalent + similar));
		int extra = Math.max(n - joinedX, m - joinedY) - compared;
		return new Alignment(sameWeight, equivalentWeight, similarWeight, slipWeight, same, equivalent, similar, compared,
				unmatched(unmatched, x, usedX, y, usedY), extra, common, first, second,
				Whose.of(ownNameLeft(x, usedX, y, usedY), ownNameLeft(y, usedY, x, usedX)),
				extra == 0 ? null : n - joinedX > m - joinedY ? Whose.FIRST : Whose.SECOND,
				WrittenScripts.other(x.scripts(), y.scripts()));
	}

	/** The factor an agreement's weight counts with in the score (see {@link #SAME_FACTOR}). */
	private static double factor(int level, boolean slip) {
		return level == 3 ? SAME_FACTOR : level == 2 ? EQUIVALENT_FACTOR : slip ? SLIP_FACTOR : SIMILAR_FACTOR;
	}

	/** m of an agreement: how often one person's two records agree so on a name. */
	private static double agreement(int level, boolean slip) {
		return level == 3 ? 0.95 : level == 2 ? 0.9 : slip ? 0.5 : 0.3;
	}

	/**
	 * The weight of an agreement on a name of this share, at face value: log2(m / share), with a cap by level, and for
	 * names merely similar a floor under the share (a slip or a likeness says little of how rare the name is).
	 */
	private static double weight(int level, boolean slip, double share) {
		double agree = agreement(level, slip);
		if (level == 3) {
			return Math.min(12, log2(agree / share));
		}
		if (level == 2) {
			return Math.min(11, log2(agree / share));
		}
		return slip ? Math.min(SLIP_CAP, log2(agree / Math.max(share, 0.001)))
				: Math.min(6, log2(agree / Math.max(share, 0.005)));
	}

	/**
	 * Pairs of neighbouring names of {@code split} that, written as one word, are a name of {@code whole} not yet
	 * used; marks them used and adds their weight to {@code weight[0]}. Returns how many pairs were joined.
	 *
	 * @param lastGiven the position of {@code split}'s last given name when it holds a structured record's given and
	 *                  family names (a given name and a family name are two names, not one written apart: "Ali Dogan"
	 *                  is not "Aytekin"), else -1
	 */
	private int joinedNames(Name split, Name whole, boolean[] usedSplit, boolean[] usedWhole, int lastGiven,
			double[] weight) {
		int joinedPairs = 0;
		for (int i = 0; i + 1 < split.size(); i++) {
			if (usedSplit[i] || usedSplit[i + 1] || i == lastGiven) {
				continue;
			}
			for (int j = 0; j < whole.size(); j++) {
				// as joinedAsOne's first rule, on counts kept with the names: most triples end here
				if (!usedWhole[j] && Math.abs(split.consonants()[i] + split.consonants()[i + 1] - whole.consonants()[j]) <= 1
						&& joined(split, i, whole, j)) {
					usedSplit[i] = true;
					usedSplit[i + 1] = true;
					usedWhole[j] = true;
					weight[0] += Math.min(11,
							log2(0.9 / frequencies.share(frequencies.name(whole.tokens().get(j), whole.skeletons().get(j)))));
					joinedPairs++;
					break;
				}
			}
		}
		return joinedPairs;
	}

	/** Whether names {@code i} and {@code i + 1} of {@code split}, written as one word, are name {@code j} of {@code whole}. */
	private static boolean joined(Name split, int i, Name whole, int j) {
		int held = NameLevels.LEVELS.heldJoin(split.ids()[i], split.ids()[i + 1], whole.ids()[j]);
		if (held != LevelCache.NOT_HELD) {
			return held == LevelCache.JOINED;
		}
		boolean one = joinedAsOne(split.tokens().get(i), split.tokens().get(i + 1), whole.tokens().get(j),
				whole.skeletons().get(j));
		NameLevels.LEVELS.holdJoin(split.ids()[i], split.ids()[i + 1], whole.ids()[j], one);
		return one;
	}

	/** Whether {@code first} and {@code second} written as one word are the name {@code other}. */
	static boolean joinedAsOne(String first, String second, String other) {
		return joinedAsOne(first, second, other, Skeletons.skeleton(other));
	}

	private static boolean joinedAsOne(String first, String second, String other, String otherSkeleton) {
		String joined = first + second;
		// One name writes as many consonants as the other, but for one (a letter another script leaves out). The rules
		// for two names do not see it for a joined pair, whose skeleton drops y, w and v and keeps a consonant class
		// once when it comes again: "Muhammad Haddad" is m-k-m-t as "Mahmud" is, "Gurbanova Ayna" k-r-b-n as "Gurban".
		if (Math.abs(NameLevels.consonants(first) + NameLevels.consonants(second) - NameLevels.consonants(other)) > 1) {
			return false;
		}
		String joinedSkeleton = Skeletons.skeleton(joined);
		// The joined word is read without an article only when its first name is one, or an article and a name
		// ("Alhasan"): a first name that merely begins as one ("Ali", "Aly") would leave the second name alone, and
		// "Ali Ahmad" would be "Ahmad".
		boolean articleAlone = NameNormaliser.isArticle(first);
		int level = NameLevels.level(joined, other, joinedSkeleton, otherSkeleton,
				articleAlone || NameLevels.bareName(first, null) != null);
		// Similar, not the same: only when the lengths say one name, not two written into one, and the letters do too
		// when the skeletons differ (the looser rules for two names are not for a joined pair: "Georgecojocaru" is not
		// similar to "Kvirikishvili"); and in any case only when the other name divides into the two
		return (level >= 2 || level == 1 && Math.abs(joined.length() - other.length()) <= 2
				&& (joinedSkeleton.equals(otherSkeleton) || NameLevels.jaroWinkler(joined, other) >= 0.8))
				&& (articleAlone ? articleAndName(second, other) : inTwoParts(first, second, other));
	}

	/** Whether the article followed by {@code second} is {@code other}: {@code second} is a spelling of it, with or without its article. */
	private static boolean articleAndName(String second, String other) {
		String bare = NameNormaliser.withoutArticle(other);
		return partLevel(second, other) > 0 || bare != null && partLevel(second, bare) > 0;
	}

	/**
	 * Whether {@code other} divides into a part that is a spelling of {@code first} and a part that is one of
	 * {@code second}, one of them at least equivalent ("Abdul|karim", "Mohammad|reza", "Mhmd|rza"). The joined word
	 * alone would meet a name through one of its halves ("Abdul Fatma" and "Abdulrahman" share a long beginning, "Ali
	 * Ahmad" and "Ahmadi" their consonants), and through parts of a letter or two, which any name has.
	 */
	private static boolean inTwoParts(String first, String second, String other) {
		// parts of three letters at least, or of one fewer than a shorter name has ("Bou|zid" is written "Bu|zid")
		int tail = Math.max(1, Math.min(3, second.length() - 1));
		for (int k = Math.max(1, Math.min(3, first.length() - 1)); k <= other.length() - tail; k++) {
			int headLevel = partLevel(first, other.substring(0, k));
			if (headLevel > 0) {
				int restLevel = partLevel(second, other.substring(k));
				if (restLevel > 0 && Math.max(headLevel, restLevel) >= 2) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * How a name agrees with a part of another: as two names do, or similar when both have four letters or more,
	 * begin with the same letter and are close in their letters (Jaro–Winkler ≥ 0.8), as a name mistyped within a
	 * joined pair is ("Chshra" and "çehra"). A part of two letters is similar at most: it says too little to be the
	 * part that agrees.
	 */
	private static int partLevel(String name, String part) {
		int level = NameLevels.level(name, part, Skeletons.skeleton(name), Skeletons.skeleton(part));
		if (part.length() < 3) {
			return Math.min(level, 1);
		}
		boolean slip = Math.min(name.length(), part.length()) >= 4 && name.charAt(0) == part.charAt(0)
				&& NameLevels.jaroWinkler(name, part) >= 0.8;
		return level == 0 && slip ? 1 : level;
	}

	/**
	 * Whether x has more names than y and its first, left without counterpart, comes before y's first, which agrees
	 * with a later one of x (see {@link #OWN_NAME_LEFT}); never when that first name is a title ("Seyed", "Haji"),
	 * which another registration may leave out.
	 */
	private static boolean ownNameLeft(Name x, boolean[] usedX, Name y, boolean[] usedY) {
		return x.size() > y.size() && !usedX[0] && usedY[0] && !NameNormaliser.isTitle(x.tokens().get(0));
	}

	/**
	 * The names left without counterpart, told apart by how often the file writes them: as many pairs of them as both
	 * sides have names written by many records are two names; the others may be a name mistyped past recognition.
	 */
	private Unmatched unmatched(int count, Name x, boolean[] usedX, Name y, boolean[] usedY) {
		if (count == 0 || !frequencies.spellingsCounted()) {
			return new Unmatched(count, 0, 0);
		}
		int common = Math.min(count, Math.min(commonLeft(x, usedX), commonLeft(y, usedY)));
		return new Unmatched(count, common, frequencies.spellingsTellSlips() ? count - common : 0);
	}

	/** Names of x that agree with none of the other record's and are written so by many records of the file. */
	private int commonLeft(Name x, boolean[] used) {
		int common = 0;
		for (int i = 0; i < x.size(); i++) {
			if (!used[i] && frequencies.commonSpelling(x, i)) {
				common++;
			}
		}
		return common;
	}

	/**
	 * The names' evidence in bits; when {@code parts} is given, its first element receives it part by part (what the
	 * weights are fitted on). Comparisons ask for bits only, millions of times, and build no record for it.
	 */
	double names(PreparedPerson a, PreparedPerson b, List<ExplanationItem> reasons, NameEvidence[] parts) {
		int[][] all = nameLevels(a, b);
		Alignment flat = bestFlat(a, b, all);
		if (a.structured() && b.structured()) {
			// A structured record's names are its given names followed by its family names.
			int givenA = a.given.size();
			int givenB = b.given.size();
			Alignment given = align(a.given, b.given, all, 0, 0);
			Alignment family = align(a.family, b.family, all, givenA, givenB);
			Alignment givenSwapped = align(a.given, b.family, all, 0, givenB);
			Alignment familySwapped = align(a.family, b.given, all, givenA, 0);
			double straight = given.weight() + family.weight();
			double swapped = givenSwapped.weight() + familySwapped.weight() + NAME_EVIDENCE * SWAPPED;
			if (straight >= swapped && straight >= flat.weight() - 0.5) {
				part("given", given, reasons);
				part("family", family, reasons);
				extra(reasons, given, family);
				if (given.firstNameLeft()) {
					noteOf(reasons, given.firstNameLeftIn(), "givenFirstLeft");
				}
				return names(given, family, together(given, family, reasons), false, given.firstNameLeft(), parts);
			}
			// swapped only where a name agrees so: with none agreeing either way, which names differ from which is no
			// evidence ("given and family names swapped; given name differs; family name differs")
			boolean agreeSwapped = givenSwapped.agreeing() + familySwapped.agreeing() > 0;
			if (swapped > straight && swapped >= flat.weight() - 1 && agreeSwapped) {
				note(reasons, "namesSwapped");
				part("given", givenSwapped, reasons);
				part("family", familySwapped, reasons);
				extra(reasons, givenSwapped, familySwapped);
				return names(givenSwapped, familySwapped, together(givenSwapped, familySwapped, reasons), true, false,
						parts);
			}
		}
		if (flat == null) {
			note(reasons, "namesMissing");
			if (parts != null) {
				parts[0] = NameEvidence.NONE;
			}
			return 0;
		}
		if (flat.unmatched().count() == 0 && flat.agreeing() > 0) {
			agreeing(reasons, "names", flat);
		}
		else if (flat.agreeing() > 0) {
			note(reasons, "namesPartly", flat.agreeing(), flat.compared());
		}
		else {
			note(reasons, "namesDiffer");
		}
		extra(reasons, flat, null);
		return names(flat, null, together(flat, null, reasons), false, false, parts);
	}

	private static double names(Alignment x, Alignment y, double pairCorrection, boolean swapped, boolean ownNameLeft,
			NameEvidence[] parts) {
		if (parts != null) {
			parts[0] = NameEvidence.of(x, y, pairCorrection, swapped, ownNameLeft);
		}
		return x.weight() + (y == null ? 0 : y.weight()) + NAME_EVIDENCE * (pairCorrection + (swapped ? SWAPPED : 0))
				+ (ownNameLeft ? OWN_NAME_LEFT : 0);
	}

	/**
	 * At most this many bits added when two agreeing names are rarer together than their shares say: the pair count
	 * of a file is itself a small number, and its rarity partly chance. At 1,000,000 records, letting the pair raise
	 * the weight (by up to 3 bits) with names counted by name rather than by skeleton lifted MATCH F1 by 0.2 to 0.3
	 * point of the ceiling; at 10,000 and 100,000 it changes under 0.05 point.
	 */
	static final double JOINT_GAIN = 3;

	/**
	 * Weight taken back because two agreeing names are less rare together than their shares multiplied: within
	 * one nationality a common given name and a common family name come together. When the data at hand was
	 * counted, the two names that weigh most are looked up as a pair, and their joint weight, log2(m1*m2 / share of
	 * other records carrying both), replaces the sum: when smaller, wholly; when larger (two names seldom seen
	 * together), by at most {@value #JOINT_GAIN} bits more than the sum. Notes a common name when the correction takes
	 * {@value #COMMON_BITS} bits or more back from the score for a pair of names that other records carry too, or when
	 * a name is common ({@link #COMMON_SHARE}).
	 */
	private double together(Alignment first, Alignment second, List<ExplanationItem> reasons) {
		Agreement[] top = { first.first(), first.second() };
		if (second != null) {
			top = Agreement.top(top[0], top[1], second.first());
			top = Agreement.top(top[0], top[1], second.second());
		}
		double correction = 0;
		if (top[1] != null) {
			Agreement a = top[0];
			Agreement b = top[1];
			int own = a.x().equals(a.y()) && b.x().equals(b.y()) ? 1 : 0;
			double share = Math.max(frequencies.pairShare(a.x(), b.x(), own), frequencies.pairShare(a.y(), b.y(), own));
			if (!Double.isNaN(share)) {
				correction = Math.min(JOINT_GAIN, log2(a.m() * b.m() / share) - a.weight() - b.weight());
			}
			// two rare names that come only together are taken back as much as two common ones (they are one piece
			// of evidence, not two), but are no common name: said only where other records carry the pair (counted
			// only when reasons are asked for, not for every pair the bulk command scores)
			if (reasons != null && -NAME_EVIDENCE * correction >= COMMON_BITS && namesakes(a, b, own)) {
				note(reasons, "commonName");
				return correction;
			}
		}
		common(first, second, reasons);
		return correction;
	}

	/** Whether other records than the compared ones carry the pair of names, as either record writes it. */
	private boolean namesakes(Agreement a, Agreement b, int own) {
		return Math.max(frequencies.pairRecords(a.x(), b.x(), own), frequencies.pairRecords(a.y(), b.y(), own))
				>= NameFrequencies.COMMON_SPELLING;
	}

	/** The best of comparing all name tokens, or the original-script names, of one record with the other's. */
	Alignment bestFlat(PreparedPerson a, PreparedPerson b, int[][] all) {
		Alignment best = null;
		for (Name x : List.of(a.all, a.original)) {
			for (Name y : List.of(b.all, b.original)) {
				// a structured record's given and family names are two names against the other's script as well
				int lastGivenX = x == a.all && a.structured() ? a.given.size() - 1 : -1;
				int lastGivenY = y == b.all && b.structured() ? b.given.size() - 1 : -1;
				Alignment candidate = align(x, y, x == a.all && y == b.all ? all : levels(x, y), 0, 0, lastGivenX,
						lastGivenY);
				if (candidate != null && (best == null || candidate.weight() > best.weight())) {
					best = candidate;
				}
			}
		}
		return best;
	}

	private static void part(String part, Alignment alignment, List<ExplanationItem> reasons) {
		if (alignment.unmatched().count() == 0 && alignment.agreeing() > 0) {
			agreeing(reasons, part, alignment);
		}
		else {
			note(reasons, part + (alignment.agreeing() > 0 ? "Partly" : "Differs"));
		}
	}

	/**
	 * How names that all agree agree: similar; or the same name, written alike ("identical": the same letters, case and
	 * marks aside) or spelt another way (equivalent), and either in another script: "Наталья" and "Natalya" are one
	 * name, but to a case worker not identical.
	 */
	private static void agreeing(List<ExplanationItem> reasons, String part, Alignment alignment) {
		if (alignment.similar() > 0) {
			note(reasons, part + "Similar");
		}
		else {
			noteWorded(reasons, part + (alignment.equivalent() > 0 ? "Equivalent" : "Same"),
					alignment.otherScript() ? "otherScript" : null);
		}
	}

	/**
	 * Says so when one record has a name the other lacks ("Ayşe / Demir Kaya" and "Ayşe / Demir"), and which: the names
	 * that both have may be identical, and the score has taken something off for the one left over.
	 */
	private static void extra(List<ExplanationItem> reasons, Alignment first, Alignment second) {
		Whose x = first.extraIn();
		Whose y = second == null ? null : second.extraIn();
		if (x != null || y != null) {
			noteOf(reasons, x == null ? y : y == null || y == x ? x : Whose.BOTH, "namesExtra");
		}
	}

	private static void common(Alignment first, Alignment second, List<ExplanationItem> reasons) {
		if (first != null && first.common() && first.agreeing() > 0 || second != null && second.common() && second.agreeing() > 0) {
			note(reasons, "commonName");
		}
	}

	private static double log2(double value) {
		return Math.log(value) / Math.log(2);
	}

}
