package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.NewUser;
import org.opennrm.identity.Role;
import org.opennrm.identity.UserEdit;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.SpokenLanguage;

/**
 * The staff screens (every screen there is) are offered in Turkish and English only, from the one list
 * ({@link SpokenLanguage#staffScreens()}): the menu offers those two; {@code ?lang=}, a browser's
 * {@code Accept-Language}, a language this browser chose before and an account's preferred language take them and no
 * other. Arabic, Persian and Russian stay in the list for the pages victims and the public will read.
 */
@IntegrationTest
class SpokenLanguagesTests {

	/** The languages the menu once offered and the staff screens are not offered in. */
	private static final List<String> NOT_FOR_STAFF = List.of("ar", "fa", "ru");

	@Autowired
	MockMvc mvc;

	@Autowired
	Validator validator;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(answer(request).getContentAsString());
	}

	/** The language a page was shown in, and its direction. */
	private String shownIn(MockHttpServletRequestBuilder request) throws Exception {
		Element html = page(request).selectFirst("html");
		return html.attr("lang") + " " + html.attr("dir");
	}

	@Test
	void theMenuOffersTurkishAndEnglishOnlyAndEachSwitchesThePages() throws Exception {
		assertThat(SpokenLanguage.staffLanguages()).containsExactly(SpokenLanguage.TURKISH, SpokenLanguage.ENGLISH);
		List<Element> menu = page(get("/login").header("Accept-Language", "tr")).select(".languages a");
		assertThat(menu).extracting(a -> a.attr("hreflang")).containsExactly("tr", "en");
		assertThat(menu).extracting(a -> a.attr("lang")).containsExactly("tr", "en");
		assertThat(menu).extracting(Element::text).containsExactly("Türkçe", "English");
		for (String code : List.of("tr", "en")) {
			for (Document shown : List.of(page(get("/login?lang=" + code).header("Accept-Language", "tr")),
					page(get("/login").header("Accept-Language", code)))) {
				assertThat(shown.selectFirst("html").attr("lang")).isEqualTo(code);
				assertThat(shown.selectFirst("html").attr("dir")).isEqualTo("ltr");
				assertThat(shown.select(".languages a.current")).extracting(a -> a.attr("hreflang")).containsExactly(code);
			}
		}
	}

	/** What the pages for victims and the public will need of these languages is kept: their names and direction. */
	@Test
	void arabicPersianAndRussianAreKeptForThePagesOfVictimsAndThePublic() {
		assertThat(NOT_FOR_STAFF).allSatisfy(code -> assertThat(SpokenLanguage.of(code)).hasValueSatisfying(
				language -> assertThat(language.staffScreens()).isFalse()));
		assertThat(SpokenLanguage.ARABIC.rightToLeft()).isTrue();
		assertThat(SpokenLanguage.PERSIAN.rightToLeft()).isTrue();
		assertThat(SpokenLanguage.RUSSIAN.ownName()).isEqualTo("Русский");
		assertThat(SpokenLanguage.staffLanguage("ar")).isEmpty();
		assertThat(SpokenLanguage.staffLanguage("tr")).contains(SpokenLanguage.TURKISH);
	}

	@Test
	void aBrowserAskingForArabicPersianOrRussianGetsTheDefaultLanguage() throws Exception {
		for (String asked : List.of("ar", "fa", "ru", "ar-SA", "fa-IR, ru;q=0.8")) {
			assertThat(shownIn(get("/login").header("Accept-Language", asked))).as(asked).isEqualTo("tr ltr");
		}
		// a browser that reads English too gets English, the best it asks for that the staff screens are offered in
		assertThat(shownIn(get("/login").header("Accept-Language", "ar, en;q=0.5"))).isEqualTo("en ltr");
		// the API's problem details likewise
		mvc.perform(get("/api/v1/organisations").header("Accept-Language", "ar").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Oturum açılmamış"));
	}

	/** {@code ?lang=} as people and programs write a language: in any case, with a region; the language kept is bare. */
	@Test
	void aLanguageSwitchIsReadInAnyCaseAndWithARegion() throws Exception {
		for (String asked : List.of("TR", "tr-TR", "tr_tr", " Tr ")) {
			MockHttpServletResponse switched = answer(get("/login").param("lang", asked).header("Accept-Language", "en"));
			assertThat(Jsoup.parse(switched.getContentAsString()).selectFirst("html").attr("lang")).as(asked)
				.isEqualTo("tr");
			assertThat(switched.getCookie("opennrm-lang")).as(asked).isNotNull()
				.extracting(Cookie::getValue).isEqualTo("tr");
		}
		for (String asked : List.of("EN", "en-GB", "en_US")) {
			assertThat(shownIn(get("/login").param("lang", asked).header("Accept-Language", "tr"))).as(asked)
				.isEqualTo("en ltr");
		}
		assertThat(shownIn(get("/login").param("lang", "de-TR").header("Accept-Language", "en"))).isEqualTo("en ltr");
	}

	/** As {@code ?lang=de} always was: the page is shown in the language in use, and nothing is remembered. */
	@Test
	void aLanguageSwitchToArabicPersianOrRussianIsIgnoredAsAnyUnknownLanguage() throws Exception {
		for (String code : List.of("ar", "fa", "ru", "de")) {
			MockHttpServletResponse ignored = answer(get("/login?lang=" + code).header("Accept-Language", "en"));
			assertThat(Jsoup.parse(ignored.getContentAsString()).selectFirst("html").attr("lang")).as(code).isEqualTo("en");
			assertThat(ignored.getCookie("opennrm-lang")).as(code).isNull();
			assertThat(shownIn(get("/login?lang=" + code).cookie(new Cookie("opennrm-lang", "tr"))
				.header("Accept-Language", "en"))).as(code).isEqualTo("tr ltr");
		}
	}

	/** The menu offered Arabic, Persian and Russian until now: a browser may still carry that choice in its cookie. */
	@Test
	void aLanguageChosenInThisBrowserThatIsNoLongerOfferedIsAsNoneChosen() throws Exception {
		for (String code : NOT_FOR_STAFF) {
			assertThat(shownIn(get("/login").cookie(new Cookie("opennrm-lang", code)).header("Accept-Language", "en")))
				.as(code).isEqualTo("en ltr");
			assertThat(shownIn(get("/login").cookie(new Cookie("opennrm-lang", code)))).as(code).isEqualTo("tr ltr");
		}
	}

	@Test
	void anAccountMayPreferTurkishOrEnglishAndNoOther() {
		for (String code : List.of("tr", "en", "")) {
			assertThat(languageErrors(code)).as(code).isEmpty();
		}
		assertThat(languageErrors(null)).isEmpty();
		for (String other : List.of("ar", "fa", "ru", "de", "TR", "tr-TR", " en")) {
			assertThat(languageErrors(other)).as(other).containsExactly("{StaffLanguageCode}");
		}
	}

	@Test
	void theAccountsFormsAndTheApiOfferTurkishAndEnglishOnly() throws Exception {
		RequestPostProcessor admin = SignIn.as(mvc, "admin");
		assertThat(page(get("/admin/users/new").with(admin).param("lang", "en")).select("#preferredLanguage option"))
			.extracting(o -> o.attr("value")).containsExactly("", "tr", "en");
		assertThat(page(get("/account").with(admin).param("lang", "en")).select("#preferredLanguage option"))
			.extracting(o -> o.attr("value")).containsExactly("", "tr", "en");

		mvc.perform(post("/account/language").with(admin).with(csrf()).param("preferredLanguage", "ar").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Choose one of the languages offered."));
		assertThat(jdbc.sql("select coalesce(preferred_language, 'none') from app_user where username = 'admin'")
			.query(String.class).single()).isEqualTo("none");

		String token = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		String organisation = organisations.list(OrganisationFilter.all()).get(0).id().toString();
		for (String code : NOT_FOR_STAFF) {
			mvc.perform(post("/api/v1/users").with(bearer(token)).param("lang", "en")
					.contentType(MediaType.APPLICATION_JSON).content("""
							{"username": "dil.api.%s", "fullName": "Dil Deneme", "role": "ANALYST", "organisationId": "%s",
							 "password": "sabah erken kalkan yol alır", "preferredLanguage": "%s"}
							""".formatted(code, organisation, code)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.preferredLanguage").value("Choose one of the languages offered."));
		}
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
