package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.SearchText;

/**
 * Every search box of the screens takes at most {@link SearchText#MAX_LENGTH} characters, as its {@code maxlength}
 * lets a person type, and the server holds a longer text to it too (an address edited by hand, a link): told at the
 * field, in the page's language, with the menu and the text sent; the API refuses it naming the parameter. A text too
 * long for a search box was read until the address grew too long for the server, whose page said that a character
 * could not be read.
 */
@IntegrationTest
class SearchTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern SEARCH_BOX = Pattern.compile("<input[^>]*type=\"search\"[^>]*>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void everySearchBoxTakesAtMostTheLengthTheServerTakes() throws IOException {
		List<String> boxes;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			boxes = files.filter(file -> file.toString().endsWith(".html")).flatMap(file -> {
				try {
					Matcher box = SEARCH_BOX.matcher(Files.readString(file));
					return box.results().map(found -> file.getFileName() + ": " + found.group());
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
		assertThat(boxes).as("the organisations' name, the audit trail's who, record id and names asked").hasSize(4)
			.allSatisfy(box -> assertThat(box).contains("maxlength=\"" + SearchText.MAX_LENGTH + "\""));
	}

	@Test
	void aSearchTextLongerThanTheBoxTakesIsToldAtItsField() throws Exception {
		String tooLong = "Göç " + "a".repeat(SearchText.MAX_LENGTH - 3);
		String organisationsPage = mvc.perform(get("/admin/organisations").with(SignIn.as(mvc, "admin"))
				.param("lang", "en").param("text", tooLong))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(organisationsPage).contains("Enter at most 200 characters.").contains("class=\"mainnav\"")
			.contains("a".repeat(SearchText.MAX_LENGTH - 3) + "\"")
			.doesNotContain("Göç İdaresi");
		String shortEnough = mvc.perform(get("/admin/organisations").with(SignIn.as(mvc, "admin")).param("lang", "en")
				.param("text", "Göç" + " ".repeat(SearchText.MAX_LENGTH - 3)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(shortEnough).doesNotContain("Enter at most").contains("Göç İdaresi");

		RequestPostProcessor auditor = SignIn.as(mvc, "denetci");
		for (String field : List.of("actor", "entityId", "askedNames")) {
			String trail = mvc.perform(get("/audit").with(auditor).param("lang", "tr").param(field, "A".repeat(10_000)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(trail).as(field).contains("En fazla 200 karakter girin.").contains("class=\"mainnav\"");
		}
	}

	@Test
	void theApiRefusesASearchTextLongerThanTheScreensTakeNamingTheParameter() throws Exception {
		String admin = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		mvc.perform(get("/api/v1/organisations").with(bearer(admin)).param("lang", "en")
				.param("text", "a".repeat(SearchText.MAX_LENGTH + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.text").value("expected text of at most 200 characters"));
		mvc.perform(get("/api/v1/organisations").with(bearer(admin)).param("text", "a".repeat(SearchText.MAX_LENGTH)))
			.andExpect(status().isOk());
		String auditor = TestTokens.issue(clients, organisations, Role.AUDITOR);
		for (String parameter : List.of("actor", "entityId", "askedNames")) {
			mvc.perform(get("/api/v1/audit/entries").with(bearer(auditor)).param("lang", "tr")
					.param(parameter, "A".repeat(SearchText.MAX_LENGTH + 1)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors." + parameter).value("en çok 200 karakterlik bir metin bekleniyor"));
		}
	}

}
