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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

@IntegrationTest
class OrganisationAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

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
		// Nonsense in the filters is ignored rather than failing.
		mvc.perform(get("/admin/organisations").with(admin).param("type", "NOPE").param("province", "x'"))
			.andExpect(status().isOk());
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
				.param("phone", "0342 123 45 67")
				.param("email", "not-an-address")
				.param("website", "www.example.org")
				.param("_active", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bazı alanların düzeltilmesi gerekiyor.")))
			.andExpect(content().string(containsString("Bu alan zorunludur.")))
			.andExpect(content().string(containsString("Telefon numarasını uluslararası biçimde girin")))
			.andExpect(content().string(containsString("Geçerli bir e-posta adresi girin")))
			.andExpect(content().string(containsString("http:// ya da https:// ile başlayan")))
			.andExpect(content().string(containsString("value=\"0342 123 45 67\"")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("value=\"www.example.org\"")))
			.andExpect(content().string(containsString("Şehitkamil, Gaziantep</textarea>")))
			.andExpect(content().string(containsString("<option value=\"POLICE\" selected=\"selected\">")))
			.andExpect(content().string(containsString("<option value=\"27\" selected=\"selected\">")));
	}

	@Test
	void tamperedChoicesGetAFormErrorNotAServerError() throws Exception {
		mvc.perform(post("/admin/organisations").with(admin).with(csrf()).param("lang", "en")
				.param("name", "Tampered").param("type", "NOT_A_TYPE").param("provinceCode", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some entries need correcting.")))
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

	@Test
	void aConflictingEditKeepsTheUsersInputAndShowsWhatIsSavedNow() throws Exception {
		Organisation organisation = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(new OrganisationForm("Uyuşmazlık Testi " + UUID.randomUUID(),
				OrganisationType.SHELTER, "06", null, null, null, null, true)));
		mvc.perform(get("/admin/organisations/{id}/edit", organisation.id()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		// Meanwhile another administrator renames it.
		String theirName = organisation.name() + " (başkası)";
		updateAsSomeoneElse(organisation, theirName);

		String myName = organisation.name() + " (benim)";
		mvc.perform(validForm(post("/admin/organisations/{id}", organisation.id()), myName).param("version", "0")
				.param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Siz düzenlerken bu kurumu başka biri değiştirdi.")))
			.andExpect(content().string(containsString("value=\"" + myName + "\"")))
			.andExpect(content().string(containsString(theirName)))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(organisations.find(organisation.id()).orElseThrow().name()).isEqualTo(theirName);

		// Saving again, knowingly, replaces their change.
		mvc.perform(validForm(post("/admin/organisations/{id}", organisation.id()), myName).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(organisations.find(organisation.id()).orElseThrow().name()).isEqualTo(myName);
	}

	/** Another administrator's change, straight through the service. */
	void updateAsSomeoneElse(Organisation organisation, String name) {
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.TestingAuthenticationToken("other", null,
						"ORGANISATION_MANAGE"));
		try {
			organisations.update(organisation.id(), organisation.version(), new OrganisationForm(name,
					organisation.type(), organisation.provinceCode(), null, null, null, null, true));
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
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
