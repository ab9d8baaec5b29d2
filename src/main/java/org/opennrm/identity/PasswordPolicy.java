package org.opennrm.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.opennrm.shared.TextFolding;

/**
 * Length-based password policy (NIST SP 800-63B): at least 12 characters, at most 128, no composition
 * rules, not a commonly used password, and containing neither the user name nor the person's name: the full name, or
 * a part of it of {@value #NAME_PART} letters or more (a first or family name, which anyone who knows the person
 * tries first). Compared as names are ({@link TextFolding#fold}): case, Turkish I's and accents aside.
 */
@Component
@PermitAll // judges a password typed; reads no one's data
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;

	/** The shortest part of a name that a password may not contain; shorter ones (Can, Ali) are in many words. */
	static final int NAME_PART = 4;

	private final Set<String> common;

	public PasswordPolicy() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.common = Set.copyOf(words);
	}

	/** @return the message key of the first rule broken, if any */
	public Optional<String> check(String password, String username, String fullName) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return Optional.of("password.common");
		}
		String folded = TextFolding.fold(password);
		if (username != null && folded.contains(TextFolding.fold(username))) {
			return Optional.of("password.containsUsername");
		}
		if (containsName(folded, fullName)) {
			return Optional.of("password.containsName");
		}
		return Optional.empty();
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
