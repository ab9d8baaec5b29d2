package org.opennrm.identity;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Match;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Component;

import org.opennrm.shared.TextFolding;

/**
 * Password policy after NIST SP 800-63B: at least 12 characters, at most 128, no composition rules; not the user name
 * nor the person's name: the full name, or a part of it of {@value #NAME_PART} letters or more (a first or family
 * name, which anyone who knows the person tries first), compared as names are ({@link TextFolding#fold}); and not
 * guessable. How many guesses a password would take is estimated by zxcvbn (zxcvbn4j): common passwords of breaches,
 * English words and names, keyboard patterns, repeats, sequences, dates, letters swapped for digits; with our lists
 * ({@link PasswordDictionaries}: Turkish passwords and words, Turkish given and family names and those of the people
 * registered here, well-known Turkish phrases, keyboard rows), the words of this service and the owner's (name, user
 * name, e-mail address, organisation) as the first an attacker tries. A password needs 10^10 guesses
 * ({@link #MIN_GUESSES_LOG10}), in its first {@value #MEASURED_LENGTH} characters.
 */
@Component
@PermitAll // judges a password typed; reads no one's data
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;

	/**
	 * The demo accounts' password, which the README publishes: the policy refuses it, and only the system job
	 * {@link #DEMO_JOB} sets it, on the demo's accounts ({@link UserManagement#create}).
	 */
	public static final String DEMO_PASSWORD = "demo-parola-2026";

	/** The system job that loads the demo ({@link SystemActor}). */
	public static final String DEMO_JOB = "demo-data";

	/** The shortest part of a name that a password may not contain; shorter ones (Can, Ali) are in many words. */
	static final int NAME_PART = 4;

	/**
	 * The guesses a password must take, as a power of ten. Online guessing is stopped by the locks of accounts and
	 * addresses long before; this is against a stolen copy of the password hashes: at ten thousand Argon2 guesses a
	 * second (many machines; zxcvbn's "slow hash" attacker), 10^10 take twelve days for each account, where 10^8,
	 * zxcvbn's score 3, take three hours.
	 */
	static final double MIN_GUESSES_LOG10 = 10;

	/**
	 * How many characters of a password are measured. zxcvbn looks every part of the password up in every list, once
	 * more for each way of reading its digits and symbols as letters (up to 736 in zxcvbn4j 1.9): its time grows with
	 * the cube of the length and faster, and 128 digits and symbols took 8 s, 64 of them 2 s (zxcvbn's authors advise
	 * measuring the first 100 or so, which here is still seconds). Measuring the beginning is sound: an attacker who
	 * finds a password has found its beginning no later, so a password takes at least as many guesses as its first
	 * characters; when they need 10^10, so does it, and what follows can only add. Only a password strong by what
	 * follows them alone is refused: 40 characters of a passphrase hold five or six words.
	 */
	static final int MEASURED_LENGTH = 40;

	/** Words of this service that an attacker tries first, folded as a password is measured. */
	static final List<String> SERVICE_WORDS = List.of("opennrm", "nrm", "goc", "idare", "idaresi", "goc idaresi",
			"demo", DEMO_PASSWORD);

	private final Zxcvbn zxcvbn;

	public PasswordPolicy() {
		this.zxcvbn = new ZxcvbnBuilder().dictionaries(PasswordDictionaries.all()).build();
	}

	/** @return the message key of the first rule broken, if any */
	public Optional<String> check(String password, PasswordOwner owner) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String folded = TextFolding.fold(password);
		String username = owner.username();
		if (username != null && !username.isBlank() && folded.contains(TextFolding.fold(username))) {
			return Optional.of("password.containsUsername");
		}
		if (containsName(folded, owner.fullName())) {
			return Optional.of("password.containsName");
		}
		List<String> words = ownerWords(owner);
		String measured = measured(password);
		Strength strength = zxcvbn.measure(beginning(measured), words);
		String runTogether = runTogether(measured);
		if (strength.getGuessesLog10() >= MIN_GUESSES_LOG10 && !runTogether.equals(measured)) {
			// zxcvbn counts each part between spaces or punctuation apart, with capitals as variations: words of the
			// lists written apart, or in capitals here and there ("galatasaray fenerbahce besiktas", "ŞİFRE şifre ŞİFRE"),
			// passed where written together they are three words, or a repeat
			strength = zxcvbn.measure(beginning(runTogether), words);
		}
		if (strength.getGuessesLog10() < MIN_GUESSES_LOG10) {
			return Optional.of(weakness(strength.getSequence()));
		}
		return Optional.empty();
	}

	/**
	 * Whether {@code password} is {@code current} written another way, which whoever saw the current one (the
	 * administrator who set it, anyone who read the note it was handed over on) tries first: compared as names are
	 * ({@link TextFolding#fold}: case, the Turkish İ and ı, accents set aside) and without spaces, punctuation and
	 * symbols, the one holding the other whole. So it is the same in other capitals, without Turkish letters, run
	 * together or with a full stop after it, with a word or a year added, or with words left out. A password changed
	 * within (a word or a digit replaced) is not: what it takes to guess it is the policy's to measure.
	 */
	public static boolean derivedFrom(String password, String current) {
		String fresh = lettersAndDigits(password);
		String old = lettersAndDigits(current);
		if (fresh.isEmpty() || old.isEmpty()) {
			// nothing but spaces and punctuation to compare (a password set before the policy): as it is written
			return TextFolding.fold(password).equals(TextFolding.fold(current));
		}
		return fresh.contains(old) || old.contains(fresh);
	}

	private static String lettersAndDigits(String password) {
		return TextFolding.fold(password).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	/**
	 * What makes a password guessable, said by the longest pattern found in it, as zxcvbn's own feedback does (whose
	 * words are English only).
	 */
	private static String weakness(List<Match> sequence) {
		return sequence.stream().filter(m -> m.pattern != Pattern.Bruteforce)
			.max(Comparator.comparingInt(Match::tokenLength))
			.map(PasswordPolicy::messageKey)
			.orElse("password.guessable");
	}

	private static String messageKey(Match match) {
		return switch (match.pattern) {
			case Dictionary -> switch (match.dictionaryName) {
				case "user_inputs" -> "password.ownWords";
				case StandardDictionaries.PASSWORDS, PasswordDictionaries.TURKISH_PASSWORDS -> "password.common";
				case PasswordDictionaries.PHRASES -> "password.phrase";
				case PasswordDictionaries.KEYBOARD_ROWS -> "password.keyboard";
				default -> "password.words";
			};
			case Spatial -> "password.keyboard";
			case Repeat -> "password.repeated";
			case Sequence -> "password.sequence";
			case Regex, Date -> "password.date";
			default -> "password.guessable";
		};
	}

	/**
	 * The password as it is measured: without accents, cedillas and the dot of İ, and ı as i, so that a Turkish word
	 * is found in the list however it is typed; case stays, which counts a little.
	 */
	static String measured(String password) {
		String decomposed = Normalizer.normalize(password, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('ı', 'i');
	}

	/** Its first {@value #MEASURED_LENGTH} characters (code points: a character outside the BMP stays whole). */
	private static String beginning(String measured) {
		int length = measured.codePointCount(0, measured.length());
		return length <= MEASURED_LENGTH ? measured : measured.substring(0, measured.offsetByCodePoints(0, MEASURED_LENGTH));
	}

	/** The measured password in lower case, without the spaces and punctuation between its parts. */
	static String runTogether(String measured) {
		return measured.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}]+", "");
	}

	/** The owner's words and the service's, folded: each whole, and each of their words. */
	private static List<String> ownerWords(PasswordOwner owner) {
		Set<String> words = new LinkedHashSet<>();
		for (String known : new String[] { owner.username(), owner.fullName(), owner.email(), owner.organisation() }) {
			if (known == null || known.isBlank()) {
				continue;
			}
			String folded = TextFolding.fold(known);
			words.add(folded);
			words.add(folded.replaceAll("[^\\p{L}\\p{N}]+", ""));
			for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
				if (word.length() >= 2) {
					words.add(word);
				}
			}
		}
		words.addAll(SERVICE_WORDS);
		words.remove("");
		return List.copyOf(words);
	}

	/**
	 * Whether the folded password holds the whole name (its words written together or apart: "Sec Tester", "sectester",
	 * "sec.tester"), or one of its words of {@value #NAME_PART} letters or more.
	 */
	private static boolean containsName(String foldedPassword, String fullName) {
		String[] parts = TextFolding.fold(fullName).split("[^\\p{L}]+");
		String whole = String.join("", parts);
		String passwordLetters = foldedPassword.replaceAll("[^\\p{L}]+", "");
		if (whole.codePointCount(0, whole.length()) >= NAME_PART && passwordLetters.contains(whole)) {
			return true;
		}
		for (String part : parts) {
			if (part.codePointCount(0, part.length()) >= NAME_PART && foldedPassword.contains(part)) {
				return true;
			}
		}
		return false;
	}

}
