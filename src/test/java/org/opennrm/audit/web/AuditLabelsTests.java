package org.opennrm.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import org.junit.jupiter.api.Test;

import org.opennrm.identity.LoginTurnedAway;

/**
 * Every action and record type a module's audited event can name has its label in Turkish and English, and every
 * record type is offered by the screen's filter ({@link AuditLabels}): read from the events' sources, so that a new
 * event fails here until it is labelled.
 */
class AuditLabelsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern METHOD = Pattern.compile("String (action|entityType)\\(\\)\\s*\\{(.*?)\\n\\s*}", Pattern.DOTALL);

	private static final Pattern CODE = Pattern.compile("\"([A-Za-z_]+)\"");

	/** An action named by an enum constant of the event ({@code EDITED("ORGANISATION_CHANGED")}). */
	private static final Pattern ENUM_ACTION = Pattern.compile("[A-Z_]+\\(\"([A-Z_]+)\"\\)");

	/**
	 * {@code UserChanged}'s action is "USER_" and the change its publishers name, directly or, for an edit, through
	 * the list of changes {@code addIfChanged} builds.
	 */
	private static final Pattern USER_CHANGE = Pattern.compile("new UserChanged\\([^;]*?\\);|addIfChanged\\(fields, \"[A-Z_]+\"",
			Pattern.DOTALL);

	@Test
	void everyActionAndRecordTypeIsLabelledAndEveryRecordTypeOffered() throws IOException {
		Set<String> actions = new TreeSet<>();
		Set<String> types = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (source.contains("implements AuditableEvent")) {
					Matcher constant = ENUM_ACTION.matcher(source);
					while (constant.find()) {
						actions.add(constant.group(1));
					}
					Matcher method = METHOD.matcher(source);
					while (method.find()) {
						Matcher code = CODE.matcher(method.group(2));
						while (code.find()) {
							(method.group(1).equals("action") ? actions : types).add(code.group(1));
						}
					}
				}
				Matcher change = USER_CHANGE.matcher(source);
				while (change.find()) {
					Matcher code = CODE.matcher(change.group());
					while (code.find()) {
						actions.add("USER_" + code.group(1));
					}
				}
			}
		}
		for (LoginTurnedAway.Why why : LoginTurnedAway.Why.values()) {
			actions.add(new LoginTurnedAway(why).action());
		}
		// prefixes of the codes put together above, not codes
		actions.removeIf(code -> code.endsWith("_"));
		assertThat(actions).contains("LOGIN", "LOGOUT", "USER_PASSWORD_RESET", "LOGIN_REFUSED_BUSY", "ACCESS_REFUSED");

		List<String> missing = new ArrayList<>();
		for (String bundle : List.of("messages.properties", "messages_tr.properties")) {
			Properties labels = load(Path.of("src/main/resources/i18n/audit", bundle));
			actions.stream().filter(a -> !labels.containsKey("audit.action." + a))
				.forEach(a -> missing.add(bundle + ": audit.action." + a));
			types.stream().filter(t -> !labels.containsKey("audit.entityType." + t))
				.forEach(t -> missing.add(bundle + ": audit.entityType." + t));
		}
		assertThat(missing).isEmpty();
		assertThat(AuditLabels.ENTITY_TYPES).containsExactlyInAnyOrderElementsOf(types);
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
