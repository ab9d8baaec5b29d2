package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.UserEdit;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.SpokenLanguage;

/**
 * One list of the languages OpenNRM speaks ({@link SpokenLanguage}): the menu offers each, in its own name and in the
 * list's order, each switches the pages (right to left for Arabic and Persian), a browser asking for it gets it, and an
 * account may prefer each, and no other.
 */
@IntegrationTest
class SpokenLanguagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Validator validator;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	private Document page(String path, String acceptLanguage) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).header("Accept-Language", acceptLanguage)).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void theMenuOffersEachLanguageAndEachSwitchesThePages() throws Exception {
		List<String> codes = Arrays.stream(SpokenLanguage.values()).map(SpokenLanguage::code).toList();
		List<Element> menu = page("/login", "tr").select(".languages a");
		assertThat(menu).extracting(a -> a.attr("hreflang")).containsExactlyElementsOf(codes);
		assertThat(menu).extracting(a -> a.attr("lang")).containsExactlyElementsOf(codes);
		assertThat(menu).extracting(Element::text).containsExactly("Türkçe", "English", "العربية", "فارسی", "Русский");
		for (SpokenLanguage language : SpokenLanguage.values()) {
			for (Document shown : List.of(page("/login?lang=" + language.code(), "tr"), page("/login", language.code()))) {
				Element html = shown.selectFirst("html");
				assertThat(html.attr("lang")).isEqualTo(language.code());
				assertThat(html.attr("dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
				assertThat(shown.select(".languages a.current")).extracting(a -> a.attr("hreflang"))
					.containsExactly(language.code());
			}
		}
		assertThat(page("/login?lang=de", "en").selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void anAccountMayPreferEachLanguageOfferedAndNoOther() {
		for (SpokenLanguage language : SpokenLanguage.values()) {
			assertThat(languageErrors(language.code())).as(language.code()).isEmpty();
		}
		assertThat(languageErrors("")).isEmpty();
		assertThat(languageErrors(null)).isEmpty();
		for (String other : new String[] { "de", "TR", "tr-TR", " en" }) {
			assertThat(languageErrors(other)).as(other).containsExactly("{SpokenLanguageCode}");
		}
	}

	@Test
	void aLanguageNotOfferedIsRefusedWithTheLanguagesMessage() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		mvc.perform(post("/api/v1/users").with(bearer(token)).param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "dil.api", "fullName": "Dil Deneme", "role": "ANALYST", "organisationId": "%s",
						 "password": "sabah erken kalkan yol alır", "preferredLanguage": "de"}
						""".formatted(organisation)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.preferredLanguage").value("Choose one of the languages offered."));
	}

	/** The message templates of the preferred language's violations, on a new account and on an edit alike. */
	private List<String> languageErrors(String code) {
		var created = validator.validate(new NewUser("dil.deneme", "Dil Deneme", null, null, Role.ANALYST, null,
				UUID.randomUUID(), "sabah erken kalkan yol alır", code));
		var edited = validator.validate(new UserEdit("Dil Deneme", null, null, Role.ANALYST, null, code));
		List<String> onCreate = created.stream().filter(v -> v.getPropertyPath().toString().equals("preferredLanguage"))
			.map(ConstraintViolation::getMessageTemplate).toList();
		List<String> onEdit = edited.stream().filter(v -> v.getPropertyPath().toString().equals("preferredLanguage"))
			.map(ConstraintViolation::getMessageTemplate).toList();
		assertThat(onEdit).isEqualTo(onCreate);
		return onCreate;
	}

}
