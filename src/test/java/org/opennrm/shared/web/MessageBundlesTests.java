package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.opennrm.identity.Permission;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.SpokenLanguage;

/**
 * Turkish and English complete, nothing hard-coded, nothing left over: fails when a bundle lacks a key the other has, a
 * template shows text that is not from a bundle, a template names a key no bundle has, or a bundle holds a key that no
 * template or Java code uses.
 */
class MessageBundlesTests {

	private static final Path I18N = Path.of("src/main/resources/i18n");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Path JAVA = Path.of("src/main/java");

	/**
	 * Keys that the code builds at run time, a prefix and a code, and so names nowhere whole: each allowed by its
	 * prefix (a regular expression, matched at the key's start), with where it is built.
	 */
	private static final List<Pattern> BUILT_AT_RUN_TIME = Stream.of(
			"apiClient\\.status\\.", // ApiClient.Status#messageKey
			"audit\\.action\\.", // an entry's action (audit templates, AuditQuery)
			"audit\\.asked\\.(birthDate|birthYear|sex|citizenship)$", // a field a search asked (audit/asked.html)
			"audit\\.entityType\\.", // an entry's record type (audit templates, AuditQuery)
			"audit\\.kind\\.", // who acted: a person, a client, a job (audit templates)
			"audit\\.verify\\.broken\\.", // why a chain check failed (audit/verification.html)
			"error\\.body\\.[a-z]+\\.", // a body that is no JSON object, by request (ApiErrorHandling#notAnObject)
			"error\\.[0-9]{3}\\.", // an HTTP status's title and detail (ErrorPages, error.html, ApiErrorHandling)
			"error\\.parameter\\.type\\.", // a parameter's Java type (ApiErrorHandling)
			"error\\.type\\.", // a JSON field's Java type (JsonFieldError, UnknownEnumValues)
			"login\\.ended\\.", // why a session was ended, SessionTermination.Why (login.html)
			"matching\\.reason\\.", // a matching explanation's codes (Explanation)
			"organisation\\.type\\.", // OrganisationType#messageKey
			"permission\\.", // a role's permissions (home.html)
			"readOnly\\.", // a read-only field of a PUT body sent with another value, by body and field (ReadOnlyFields)
			"role\\.", // Role#messageKey
			"scope\\.", // a scope's name (templates, UserAdminController)
			"timeZone\\.", // the zone shown (ShownTimeZone)
			"typeMismatch(\\.|$)") // Spring's code for a value of the wrong kind, by field (MessageCodesResolver)
		.map(Pattern::compile)
		.toList();

	/** Attributes whose text a person sees or hears. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value",
			"data-confirm");

	/** Attributes by which Thymeleaf replaces an element's text. */
	private static final List<String> TEXT_REPLACING = List.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert",
			"sec:authentication");

	@Test
	void turkishAndEnglishHaveTheSameKeysInEveryModule() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> modules = Files.list(I18N)) {
			for (Path module : modules.toList()) {
				Set<String> english = keys(module.resolve("messages.properties"));
				Set<String> turkish = keys(module.resolve("messages_tr.properties"));
				difference(english, turkish).forEach(k -> problems.add(module.getFileName() + ": missing in Turkish: " + k));
				difference(turkish, english).forEach(k -> problems.add(module.getFileName() + ": missing in English: " + k));
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The bundles are the staff screens' languages' (English the base, {@code messages.properties}), and no other's:
	 * every page is a staff screen, offered in those alone. Arabic, Persian and Russian get theirs with the pages for
	 * victims and the public; until then a bundle in them would hold keys no page shows.
	 */
	@Test
	void everyModuleHasBundlesInTheStaffScreensLanguagesAndNoOther() throws IOException {
		Set<String> expected = new TreeSet<>();
		SpokenLanguage.staffLanguages().forEach(l -> expected.add(
				l == SpokenLanguage.ENGLISH ? "messages.properties" : "messages_" + l.code() + ".properties"));
		try (Stream<Path> modules = Files.list(I18N)) {
			for (Path module : modules.toList()) {
				try (Stream<Path> files = Files.list(module)) {
					assertThat(files.map(f -> f.getFileName().toString())).as(module.getFileName().toString())
						.containsExactlyInAnyOrderElementsOf(expected);
				}
			}
		}
	}

	@Test
	void noTemplateHoldsHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				if (replacedByThymeleaf(element) || element.hasAttr("lang") && !element.tagName().equals("html")) {
					continue; // text replaced at render time, or a language's own name in the language switch
				}
				for (TextNode text : element.textNodes()) {
					if (hasLetters(text.text()) && !element.tagName().equals("script") && !element.tagName().equals("style")) {
						problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
					}
				}
				for (String attribute : VISIBLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && hasLetters(element.attr(attribute))
							&& !element.attr(attribute).matches("^https?://\\S*$") // a format hint, not language
							&& !element.hasAttr("th:" + attribute) && !element.attr("th:attr").contains(attribute + "=")) {
						problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
		Set<String> english = new TreeSet<>();
		Set<String> turkish = new TreeSet<>();
		try (Stream<Path> modules = Files.list(I18N)) {
			for (Path module : modules.toList()) {
				english.addAll(keys(module.resolve("messages.properties")));
				turkish.addAll(keys(module.resolve("messages_tr.properties")));
			}
		}
		Pattern key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)");
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = key.matcher(Files.readString(template));
			while (matcher.find()) {
				String name = matcher.group(1);
				if (!english.contains(name) || !turkish.contains(name)) {
					problems.add(TEMPLATES.relativize(template) + ": " + name);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A key is used when a template or a Java class names it whole (not as the beginning of a longer key), when it is
	 * built at run time ({@link #BUILT_AT_RUN_TIME}), or when it is a constraint's message ({@code NotBlank},
	 * {@code Size.java.util.List}, {@code Min.candidateQuery.limit}: Spring looks them up by the annotation's name) and
	 * the code has that annotation.
	 */
	@Test
	void everyKeyInTheBundlesIsUsed() throws IOException {
		StringBuilder code = new StringBuilder();
		for (Path file : files(JAVA, ".java")) {
			code.append(Files.readString(file)).append('\n');
		}
		for (Path file : templates()) {
			code.append(Files.readString(file)).append('\n');
		}
		Set<String> all = new TreeSet<>();
		try (Stream<Path> modules = Files.list(I18N)) {
			for (Path module : modules.toList()) {
				all.addAll(keys(module.resolve("messages.properties")));
			}
		}
		// the words of the code, keys among them: a dot belongs to a word when a letter or digit follows it
		Set<String> words = new TreeSet<>();
		Matcher word = Pattern.compile("@?[A-Za-z0-9_](?:[A-Za-z0-9_-]|\\.(?=[A-Za-z0-9_]))*").matcher(code);
		while (word.find()) {
			words.add(word.group());
		}
		List<String> unused = new ArrayList<>();
		for (String key : all) {
			String constraint = key.split("\\.")[0];
			boolean used = words.contains(key)
					|| BUILT_AT_RUN_TIME.stream().anyMatch(prefix -> prefix.matcher(key).lookingAt())
					|| Character.isUpperCase(constraint.charAt(0)) && words.contains("@" + constraint);
			if (!used) {
				unused.add(key);
			}
		}
		assertThat(unused).as("keys no template or Java code uses").isEmpty();
		// and no prefix allowed for nothing
		assertThat(BUILT_AT_RUN_TIME).allSatisfy(
				prefix -> assertThat(all).as(prefix.pattern()).anyMatch(key -> prefix.matcher(key).lookingAt()));
	}

	@Test
	void everyRoleScopePermissionAndOrganisationTypeHasAName() throws IOException {
		Set<String> english = keys(I18N.resolve("identity/messages.properties"));
		english.addAll(keys(I18N.resolve("organisation/messages.properties")));
		Set<String> turkish = keys(I18N.resolve("identity/messages_tr.properties"));
		turkish.addAll(keys(I18N.resolve("organisation/messages_tr.properties")));
		List<String> needed = new ArrayList<>();
		Stream.of(Role.values()).map(Role::messageKey).forEach(needed::add);
		Stream.of(Scope.values()).map(s -> "scope." + s.name()).forEach(needed::add);
		Stream.of(Permission.values()).map(p -> "permission." + p.name()).forEach(needed::add);
		Stream.of(OrganisationType.values()).map(OrganisationType::messageKey).forEach(needed::add);
		assertThat(english).containsAll(needed);
		assertThat(turkish).containsAll(needed);
	}

	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.tagName().equals("html")) {
				break; // a page handing itself to the layout: its content is still its own
			}
			for (String attribute : TEXT_REPLACING) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static List<Path> templates() throws IOException {
		return files(TEMPLATES, ".html");
	}

	private static List<Path> files(Path folder, String ending) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(ending)).sorted().toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
