package org.opennrm.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SentForm;
import org.opennrm.SignIn;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

@IntegrationTest
class OrganisationAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = SignIn.as(mvc, "admin");
	}

	private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name) {
		return request.with(admin).with(csrf())
			.param("name", name)
			.param("type", "NGO")
			.param("provinceCode", "63")
			.param("address", "Haliliye, Şanlıurfa")
			.param("phone", "+904141234567")
			.param("email", "iletisim@ornek.org.tr")
			.param("website", "https://ornek.org.tr")
			.param("active", "true").param("_active", "on");
	}

	@Test
	void createsAnOrganisationAndFindsItWithTheFilters() throws Exception {
		String name = "Harran Göçmen Dayanışma Derneği " + UUID.randomUUID();
		mvc.perform(validForm(post("/admin/organisations"), name))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/organisations"));
		Organisation created = organisations.list(new OrganisationFilter(name, null, null, null)).get(0);
		assertThat(created.provinceCode()).isEqualTo("63");
		assertThat(created.phone()).isEqualTo("+904141234567");
		assertThat(created.active()).isTrue();

		mvc.perform(get("/admin/organisations").with(admin).param("text", "harran göçmen").param("type", "NGO")
				.param("province", "63").param("active", "true").param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Şanlıurfa")))
			.andExpect(content().string(not(containsString("Gaziantep İl Göç İdaresi Müdürlüğü"))));
		mvc.perform(get("/admin/organisations").with(admin).param("text", name).param("active", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">" + name + "</a>"))));
		// Nonsense in the filters is told at its field, and nothing listed, rather than failing or being passed over.
		org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(mvc.perform(get("/admin/organisations").with(admin)
				.param("lang", "en").param("type", "NOPE").param("province", "x'").param("active", "maybe"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#type", "#province", "#active");
		assertThat(refused.select(".error-summary a").first().text()).isEqualTo("Type: This is none of the list’s values "
				+ "(the page’s address may have been changed by hand): choose one from the list, or “Any”.");
		assertThat(refused.selectFirst("select#province").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.select("table.data")).isEmpty();
		// a type in any case is the list's
		mvc.perform(get("/admin/organisations").with(admin).param("text", name).param("type", " ngo "))
			.andExpect(content().string(containsString(">" + name + "</a>")));
	}

	@Test
	void anOrganisationWithNoProvinceIsCreatedFromTheFormsNoProvinceChoice() throws Exception {
		String name = "Ulusal İnsan Hakları Kurumu " + UUID.randomUUID();
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("name", name).param("type", "NGO")
				.param("provinceCode", "").param("address", "").param("phone", "").param("email", "").param("website", "")
				.param("active", "true").param("_active", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(organisations.list(new OrganisationFilter(name, null, null, null)).get(0).provinceCode()).isNull();
	}

	@Test
	void badInputShowsTurkishFieldErrorsAndKeepsEverythingEntered() throws Exception {
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "tr")
				.param("name", " ")
				.param("type", "POLICE")
				.param("provinceCode", "27")
				.param("address", "Şehitkamil, Gaziantep")
				.param("phone", "0342 123 45")
				.param("email", "not-an-address")
				.param("website", "ftp://example.org")
				.param("_active", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bazı alanların düzeltilmesi gerekiyor</h2>")))
			.andExpect(content().string(containsString("Bu alan zorunludur.")))
			.andExpect(content().string(containsString("Bu telefon numarası okunamıyor: örneğin 0501 234 56 78 ya da ülke koduyla +90 501 234 56 78 biçiminde girin.")))
			.andExpect(content().string(containsString("Geçerli bir e-posta adresi girin")))
			.andExpect(content().string(containsString("Bir web adresi girin, örneğin www.dernek.org.tr ya da https://www.dernek.org.tr.")))
			.andExpect(content().string(containsString("value=\"0342 123 45\"")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("value=\"ftp://example.org\"")))
			.andExpect(content().string(containsString("Şehitkamil, Gaziantep</textarea>")))
			.andExpect(content().string(containsString("<option value=\"POLICE\" selected=\"selected\">")))
			.andExpect(content().string(containsString("<option value=\"27\" selected=\"selected\">")));
	}

	/** A web address without its scheme, as people give one, is read as the secure address it names. */
	@Test
	void aWebAddressWithoutItsSchemeIsReadAsItsSecureAddress() throws Exception {
		for (String[] website : new String[][] { { "www.dernek.org", "https://www.dernek.org" },
				{ " dernek.org.tr/iletisim ", "https://dernek.org.tr/iletisim" },
				{ "HTTP://Dernek.org", "HTTP://Dernek.org" }, { "http://dernek.org", "http://dernek.org" } }) {
			String name = "Web Derneği " + UUID.randomUUID();
			mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("name", name).param("type", "NGO")
					.param("website", website[0]).param("_active", "on"))
				.andExpect(redirectedUrl("/admin/organisations"));
			assertThat(organisations.list(new OrganisationFilter(name, null, null, null)).get(0).website()).as(website[0])
				.isEqualTo(website[1]);
		}
		for (String refused : new String[] { "dernek", "ftp://dernek.org", "www.dernek org", "mailto:bilgi@dernek.org" }) {
			mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "en")
					.param("name", "Web Derneği " + UUID.randomUUID()).param("type", "NGO").param("website", refused))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Enter a web address, e.g. www.dernek.org.tr or "
						+ "https://www.dernek.org.tr.")));
		}
	}

	@Test
	void tamperedChoicesGetAFormErrorNotAServerError() throws Exception {
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "en")
				.param("name", "Tampered").param("type", "NOT_A_TYPE").param("provinceCode", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some entries need correcting</h2>")))
			.andExpect(content().string(containsString("value=\"Tampered\"")));
	}

	@Test
	void aTakenNameIsAFieldError() throws Exception {
		String name = "Gaziantep İl Göç İdaresi Müdürlüğü";
		mvc.perform(validForm(post("/admin/organisations"), name).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bu ad zaten kullanılıyor: \u201cGaziantep İl Göç İdaresi Müdürlüğü\u201d.")))
			.andExpect(content().string(containsString("value=\"iletisim@ornek.org.tr\"")));
	}

	private Organisation newOrganisation(String name) {
		return SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(new OrganisationForm(name + " " + UUID.randomUUID(), OrganisationType.SHELTER,
						"06", "Çankaya, Ankara", "+903121112233", null, null, true)));
	}

	/** The edit page of the organisation, as an administrator opens it. */
	private SentForm opened(Organisation organisation, RequestPostProcessor session) throws Exception {
		return SentForm.of(mvc.perform(get("/admin/organisations/{id}/edit", organisation.id()).with(session))
			.andExpect(status().isOk()).andReturn());
	}

	private String auditedFields(Organisation organisation) {
		return jdbc.sql("select string_agg(purpose, ' | ' order by seq) from audit_entry where entity_id = :id"
				+ " and action = 'ORGANISATION_CHANGED'").param("id", organisation.id().toString()).query(String.class)
			.single();
	}

	@Test
	void twoAdministratorsChangingDifferentFieldsLoseNeitherChange() throws Exception {
		Organisation organisation = newOrganisation("Ayrık Alanlar Derneği");
		RequestPostProcessor other = SignIn.as(mvc, "admin");
		SentForm mine = opened(organisation, admin);
		SentForm theirs = opened(organisation, other);
		assertThat(mine.value("base.name")).isEqualTo(organisation.name());
		assertThat(mine.value("base.phone")).isEqualTo("+903121112233");

		// the other administrator saves first: a new name and phone
		String theirName = organisation.name() + " (yeni ad)";
		mvc.perform(theirs.set("name", theirName).set("phone", "+903129998877").post())
			.andExpect(redirectedUrl("/admin/organisations"));

		// mine, from the page opened before theirs: another address and a website
		MvcResult merged = mvc.perform(mine.set("address", "Kızılay, Ankara").set("website", "https://ayrik.org.tr")
				.post().param("lang", "tr"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(merged.getResponse().getContentAsString());
		assertThat(page.select(".alert.merge p").eachText()).containsExactly(
				"Henüz kaydedilmedi. Siz düzenlerken bu kurumu başka biri kaydetti. Diğer kişinin değişiklikleriyle sizinkiler "
						+ "aşağıdaki formda birleştirildi: denetleyin, ardından yeniden kaydedin.",
				"Diğer kişinin forma alınan değişiklikleri: Ad, Telefon",
				"Korunan değişiklikleriniz: Adres, Web sitesi");
		assertThat(page.select("fieldset.merge-choice")).isEmpty();
		SentForm shown = SentForm.of(merged);
		assertThat(shown.value("name")).isEqualTo(theirName);
		assertThat(shown.value("phone")).isEqualTo("+903129998877");
		assertThat(shown.value("address")).isEqualTo("Kızılay, Ankara");
		assertThat(shown.value("website")).isEqualTo("https://ayrik.org.tr");
		assertThat(shown.value("version")).isEqualTo("1");
		assertThat(shown.value("base.name")).isEqualTo(theirName);
		// nothing of mine is saved yet
		Organisation between = organisations.find(organisation.id()).orElseThrow();
		assertThat(between.address()).isEqualTo("Çankaya, Ankara");
		assertThat(between.website()).isNull();

		mvc.perform(shown.post()).andExpect(redirectedUrl("/admin/organisations"));
		Organisation saved = organisations.find(organisation.id()).orElseThrow();
		assertThat(saved.name()).isEqualTo(theirName);
		assertThat(saved.phone()).isEqualTo("+903129998877");
		assertThat(saved.address()).isEqualTo("Kızılay, Ankara");
		assertThat(saved.website()).isEqualTo("https://ayrik.org.tr");
		assertThat(auditedFields(organisation))
			.isEqualTo("fields changed: name, phone | fields changed: address, website");
	}

	/**
	 * A text area's line breaks, which a browser sends as CR LF, are stored as line feeds. An address saved before
	 * with CR LF, as all were, is no one's change when its form is merged: as the browsers send it back (the values a
	 * form was opened with too), read, and saved, it is the same address.
	 */
	@Test
	void aTextAreasLineBreaksAreStoredAsLineFeedsAndAreNoChangeInAMerge() throws Exception {
		String name = "Satır Sonları Derneği " + UUID.randomUUID();
		mvc.perform(validForm(post("/admin/organisations"), name).with(request -> {
			request.setParameter("address", "Haliliye\r\nŞanlıurfa\r\n63000");
			return request;
		})).andExpect(redirectedUrl("/admin/organisations"));
		Organisation created = organisations.list(new OrganisationFilter(name, null, null, null)).get(0);
		assertThat(created.address()).isEqualTo("Haliliye\nŞanlıurfa\n63000");

		Organisation organisation = newOrganisation("Eski Satır Sonları Vakfı");
		jdbc.sql("update organisation set address = :address where id = :id")
			.param("address", "Kızılay\r\nÇankaya, Ankara").param("id", organisation.id()).update();
		SentForm mine = opened(organisation, admin);
		SentForm theirs = opened(organisation, SignIn.as(mvc, "admin"));
		mvc.perform(browserSent(theirs).set("phone", "+903129998877").post())
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(organisations.find(organisation.id()).orElseThrow().address()).isEqualTo("Kızılay\nÇankaya, Ankara");

		MvcResult merged = mvc.perform(browserSent(mine).set("website", "https://satir.org.tr").post().param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(merged.getResponse().getContentAsString());
		assertThat(page.select(".alert.merge p").eachText()).contains("Their changes, taken into the form: Phone",
				"Your changes, kept: Website");
		assertThat(page.select("fieldset.merge-choice")).isEmpty();
		mvc.perform(browserSent(SentForm.of(merged)).post()).andExpect(redirectedUrl("/admin/organisations"));
		Organisation saved = organisations.find(organisation.id()).orElseThrow();
		assertThat(saved.address()).isEqualTo("Kızılay\nÇankaya, Ankara");
		assertThat(saved.website()).isEqualTo("https://satir.org.tr");
	}

	/** The form as a browser sends it: every line break of the address, and of the one it was opened with, as CR LF. */
	private static SentForm browserSent(SentForm form) {
		for (String field : new String[] { "address", "base.address" }) {
			String value = form.value(field);
			form.set(field, value == null ? "" : value.replace("\r\n", "\n").replace("\n", "\r\n"));
		}
		return form;
	}

	@Test
	void aFieldBothChangedIsChosenBeforeAnythingIsSavedAndTheChoiceIsSaved() throws Exception {
		Organisation organisation = newOrganisation("Çakışan Alanlar Vakfı");
		RequestPostProcessor other = SignIn.as(mvc, "admin");
		SentForm mine = opened(organisation, admin);
		SentForm theirs = opened(organisation, other);
		mvc.perform(theirs.set("phone", "+903124445566").set("address", "Ulus, Ankara").post())
			.andExpect(redirectedUrl("/admin/organisations"));

		MvcResult merged = mvc.perform(mine.set("phone", "+903127778899").set("email", "bilgi@cakisan.org.tr").post()
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(merged.getResponse().getContentAsString());
		assertThat(page.select(".alert.merge p").eachText()).containsExactly(
				"Not saved yet. Someone else saved this organisation while you were editing it. Their changes and yours "
						+ "are put together in the form below: check it, then save again.",
				"Their changes, taken into the form: Address",
				"Your changes, kept: E-mail",
				"Changed by both of you, to different values (choose one value at each, below): Phone");
		assertThat(page.select("fieldset.merge-choice legend").eachText()).containsExactly("Phone");
		assertThat(page.select("fieldset.merge-choice label.merge-option").eachText())
			.containsExactly("Yours: +903127778899", "Saved by someone else: +903124445566");
		assertThat(page.select("fieldset.merge-choice input[type=radio][checked]")).isEmpty();
		assertThat(page.select("input#phone")).isEmpty();

		// saved without a choice: refused, and the choice offered again
		MvcResult unchosen = mvc.perform(SentForm.of(merged).post().param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the two values.")))
			.andExpect(content().string(containsString("Saved by someone else:")))
			.andReturn();
		assertThat(organisations.find(organisation.id()).orElseThrow().email()).isNull();

		// theirs chosen: their phone stays, my e-mail and their address are saved
		mvc.perform(SentForm.of(unchosen).set("choice.phone", "theirs").post())
			.andExpect(redirectedUrl("/admin/organisations"));
		Organisation saved = organisations.find(organisation.id()).orElseThrow();
		assertThat(saved.phone()).isEqualTo("+903124445566");
		assertThat(saved.address()).isEqualTo("Ulus, Ankara");
		assertThat(saved.email()).isEqualTo("bilgi@cakisan.org.tr");

		// and mine, chosen in another race, is saved as mine
		SentForm again = opened(organisation, admin);
		mvc.perform(opened(organisation, other).set("phone", "+903120000001").post())
			.andExpect(redirectedUrl("/admin/organisations"));
		MvcResult conflict = mvc.perform(again.set("phone", "+903120000002").post()).andExpect(status().isOk())
			.andReturn();
		mvc.perform(SentForm.of(conflict).set("choice.phone", "mine").post())
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(organisations.find(organisation.id()).orElseThrow().phone()).isEqualTo("+903120000002");
	}

	@Test
	void aSaveIsNotHeldUpByChangesToNoneOfTheFormsFields() throws Exception {
		Organisation organisation = newOrganisation("Kapatılıp Açılan Dernek");
		SentForm mine = opened(organisation, admin);
		// someone deactivates it and activates it again: two versions later, every field as it was
		mvc.perform(post("/admin/organisations/{id}/deactivate", organisation.id()).with(admin).with(csrf()));
		mvc.perform(post("/admin/organisations/{id}/activate", organisation.id()).with(admin).with(csrf()));

		mvc.perform(mine.set("website", "https://kapatilip.org.tr").post())
			.andExpect(redirectedUrl("/admin/organisations"));
		Organisation saved = organisations.find(organisation.id()).orElseThrow();
		assertThat(saved.website()).isEqualTo("https://kapatilip.org.tr");
		assertThat(saved.active()).isTrue();
		assertThat(saved.version()).isEqualTo(3);
	}

	@Test
	void aFormSentWithoutTheValuesItWasOpenedWithMakesEveryDifferenceAChoice() throws Exception {
		Organisation organisation = newOrganisation("Eski Sayfa Derneği");
		String theirName = organisation.name() + " (başkası)";
		mvc.perform(opened(organisation, admin).set("name", theirName).post())
			.andExpect(redirectedUrl("/admin/organisations"));

		// a page opened before the forms carried their base: it cannot tell whose change each difference is
		String myName = organisation.name() + " (benim)";
		MvcResult merged = mvc.perform(validForm(post("/admin/organisations/{id}", organisation.id()), myName)
				.param("version", "0").param("lang", "tr"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(merged.getResponse().getContentAsString());
		assertThat(page.select("fieldset.merge-choice legend").eachText())
			.containsExactly("Ad", "Tür", "İl", "Adres", "Telefon", "E-posta", "Web sitesi");
		assertThat(page.select("fieldset.merge-choice label.merge-option").eachText())
			.contains("Sizinki: " + myName, "Başkasının kaydettiği: " + theirName, "Başkasının kaydettiği: Yok");
		assertThat(SentForm.of(merged).value("version")).isEqualTo("1");
		assertThat(organisations.find(organisation.id()).orElseThrow().name()).isEqualTo(theirName);
	}

	@Test
	void deactivatesAndActivatesAgain() throws Exception {
		Organisation organisation = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(new OrganisationForm("Geçici Kurum " + UUID.randomUUID(),
				OrganisationType.MUNICIPALITY, "43", null, null, null, null, true)));
		mvc.perform(post("/admin/organisations/{id}/deactivate", organisation.id()).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(organisations.find(organisation.id()).orElseThrow().active()).isFalse();
		mvc.perform(get("/admin/organisations").with(admin).param("lang", "tr"))
			.andExpect(content().string(containsString("Kurum devre dışı bırakıldı.")));
		mvc.perform(post("/admin/organisations/{id}/activate", organisation.id()).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(organisations.find(organisation.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void newFormOffersTheProvincesInTurkish() throws Exception {
		mvc.perform(get("/admin/organisations/new").with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"63\">Şanlıurfa</option>")))
			.andExpect(content().string(containsString("İl yok (ulusal)")));
	}

	@Test
	void unknownOrganisationIsNotFound() throws Exception {
		mvc.perform(get("/admin/organisations/{id}/edit", UUID.randomUUID()).with(admin))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/organisations/not-a-uuid/edit").with(admin)).andExpect(status().isBadRequest());
	}

	@Test
	void rolesWithoutOrganisationManageAreRefused() throws Exception {
		for (String user : new String[] { "uzman.gaziantep", "koordinator", "denetci", "analist" }) {
			RequestPostProcessor session = SignIn.as(mvc, user);
			mvc.perform(get("/admin/organisations").with(session)).andExpect(status().isForbidden());
			mvc.perform(get("/admin/organisations/new").with(session)).andExpect(status().isForbidden());
			mvc.perform(validForm(post("/admin/organisations"), "Yetkisiz " + user).with(session))
				.andExpect(status().isForbidden());
		}
		assertThat(organisations.list(new OrganisationFilter("Yetkisiz", null, null, null))).isEmpty();
	}

}
