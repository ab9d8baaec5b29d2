package org.opennrm.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import org.springframework.core.io.ClassPathResource;

/**
 * The ranked lists the password policy's estimate tries words from: zxcvbn's own (passwords of breaches, English words
 * and names), and ours, whose words and names are English to zxcvbn no more than random letters. In a ranked list the
 * word on line n counts as n guesses (zxcvbn's rank), so each is written most common first; ours are folded as a
 * password is measured ({@link PasswordPolicy#runTogether}), so that a word is found however it is typed.
 */
final class PasswordDictionaries {

	static final String TURKISH_PASSWORDS = "turkish";
	static final String PHRASES = "turkish_phrases";
	static final String KEYBOARD_ROWS = "keyboard_rows";

	/**
	 * The rows of the keyboards people type passwords on: US and Turkish Q, and Turkish F (as the password is measured,
	 * Turkish letters without their marks). zxcvbn's own keyboard patterns count a long straight run of keys
	 * (wertyuiop) as many guesses; every run of 4 keys or more of a row is a word here, found backwards too.
	 */
	static final List<String> ROWS = List.of("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
			"~!@#$%^&*()_+", "qwertyuiop{}|", "asdfghjkl:\"", "zxcvbnm<>?", "\"1234567890*-", "qwertyuiopgu",
			"asdfghjklsi,", "<zxcvbnmoc.", "+1234567890/-", "fggiodrnhpqwx", "uieautkmlysx", "<jovcczsb.,");

	private PasswordDictionaries() {
	}

	static List<Dictionary> all() {
		List<Dictionary> dictionaries;
		try {
			dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		dictionaries.add(new Dictionary(TURKISH_PASSWORDS, folded("identity/turkish-passwords.txt")));
		dictionaries.add(new Dictionary("turkish_given_names", folded("identity/turkish-given-names.txt")));
		dictionaries.add(new Dictionary("turkish_family_names", folded("identity/turkish-family-names.txt")));
		dictionaries.add(new Dictionary("given_names_syria_afghanistan_iran_iraq",
				folded("identity/given-names-syria-afghanistan-iran-iraq.txt")));
		dictionaries.add(new Dictionary(PHRASES, folded("identity/turkish-phrases.txt")));
		dictionaries.add(new Dictionary(KEYBOARD_ROWS, keyboardRuns()));
		return dictionaries;
	}

	/**
	 * A list's lines but its comments, folded; a line that folds as an earlier one did keeps the earlier's rank (zxcvbn
	 * would give it the later's).
	 */
	private static List<String> folded(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			Set<String> words = new LinkedHashSet<>();
			reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> PasswordPolicy.runTogether(PasswordPolicy.measured(l))).forEach(words::add);
			return List.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> keyboardRuns() {
		Set<String> runs = new LinkedHashSet<>();
		for (int length = 4; length <= 13; length++) {
			for (String row : ROWS) {
				for (int start = 0; start + length <= row.length(); start++) {
					runs.add(row.substring(start, start + length));
				}
			}
		}
		return List.copyOf(runs);
	}

}
