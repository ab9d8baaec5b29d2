package org.opennrm.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opennrm.matching.internal.NameVariants;

/**
 * A record made ready for comparison: names as ASCII tokens and consonant skeletons, the rest as is. Opaque
 * outside the module; made by {@link PersonMatcher#prepare}.
 */
public final class PreparedPerson {

	final String id;
	final Name given;
	final Name family;
	/** Every name token of the record, from the structured fields or the one-line name. */
	final Name all;
	/** The one-line or original-script name on its own, when it adds to the structured fields. */
	final Name original;
	final LocalDate birthDate;
	final Integer birthYear;
	final Sex sex;
	final Set<String> citizenship;
	/**
	 * Names written as an initial only ("Adnan S.", as shelters and NGOs cut a family name to keep it from a file),
	 * their letters in writing order; no name token of the record.
	 */
	final String initials;

	/**
	 * Whether a given name is an everyday form read as its full name among given names only
	 * ({@code NameVariants.givenFullName}).
	 */
	final boolean givenNameForm;

	PreparedPerson(String id, Name given, Name family, Name all, Name original, LocalDate birthDate, Integer birthYear,
			Sex sex, Set<String> citizenship, String initials) {
		this.id = id;
		this.given = given;
		this.family = family;
		this.all = all;
		this.original = original;
		this.birthDate = birthDate;
		this.birthYear = birthYear;
		this.sex = sex;
		this.citizenship = citizenship;
		this.initials = initials;
		this.givenNameForm = given.tokens().stream().anyMatch(t -> NameVariants.givenFullName(t) != null);
	}

	public String id() {
		return id;
	}

	boolean structured() {
		return !given.isEmpty() && !family.isEmpty();
	}

	/**
	 * Name tokens, their skeletons, ids (for cached comparisons) and consonant counts (which tell most pairs of names
	 * from a name written as one word, before anything is looked up), in writing order; and the scripts the names were
	 * written in ({@link WrittenScripts}), for the explanation alone.
	 */
	record Name(List<String> tokens, List<String> skeletons, int[] ids, int[] consonants, int scripts) {

		static final Name EMPTY = new Name(List.of(), List.of(), new int[0], new int[0], 0);

		boolean isEmpty() {
			return tokens.isEmpty();
		}

		int size() {
			return tokens.size();
		}

	}

}
