package org.opennrm.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;

/** The audit trail tells an organisation's edits, activations and deactivations apart, and names the fields edited. */
@IntegrationTest
class OrganisationAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin;

	Organisation organisation;

	@BeforeEach
	void create() throws Exception {
		admin = SignIn.as(mvc, "admin");
		organisation = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> organisations.create(new OrganisationForm("Denetim İzi Derneği " + UUID.randomUUID(),
						OrganisationType.NGO, "06", null, "+903121234567", null, null, true)));
	}

	/** Action and purpose of the organisation's entries after its creation, oldest first. */
	private List<String> entries() {
		return jdbc.sql("""
				select action || ' ' || coalesce(purpose, '-') || ' ' || actor_name from audit_entry
				 where entity_type = 'organisation' and entity_id = :id and action <> 'ORGANISATION_CREATED' order by seq""")
			.param("id", organisation.id().toString()).query(String.class).list();
	}

	@Test
	void deactivatingAndActivatingAreTheirOwnActions() throws Exception {
		mvc.perform(post("/admin/organisations/{id}/deactivate", organisation.id()).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// pressed twice (a second tab): nothing changed, nothing to record
		mvc.perform(post("/admin/organisations/{id}/deactivate", organisation.id()).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/organisations/{id}/activate", organisation.id()).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(entries()).containsExactly("ORGANISATION_DEACTIVATED - admin", "ORGANISATION_ACTIVATED - admin");
	}

	@Test
	void anEditNamesTheFieldsItChangedAndNotTheirValues() throws Exception {
		mvc.perform(post("/admin/organisations/{id}", organisation.id()).with(admin).with(csrf()).param("version", "0")
				.param("name", organisation.name() + " Ankara").param("type", "NGO").param("provinceCode", "06")
				.param("address", "Çankaya").param("phone", "+903121234567").param("active", "true").param("_active", "on"))
			.andExpect(status().is3xxRedirection());
		// unticking "active" with another change: the edit, and the deactivation
		mvc.perform(post("/admin/organisations/{id}", organisation.id()).with(admin).with(csrf()).param("version", "1")
				.param("name", organisation.name() + " Ankara").param("type", "SHELTER").param("provinceCode", "06")
				.param("address", "Çankaya").param("phone", "").param("_active", "on"))
			.andExpect(status().is3xxRedirection());
		// saved as it was
		mvc.perform(post("/admin/organisations/{id}", organisation.id()).with(admin).with(csrf()).param("version", "2")
				.param("name", organisation.name() + " Ankara").param("type", "SHELTER").param("provinceCode", "06")
				.param("address", "Çankaya").param("_active", "on"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries()).containsExactly("ORGANISATION_CHANGED fields changed: name, address admin",
				"ORGANISATION_CHANGED fields changed: type, phone admin", "ORGANISATION_DEACTIVATED - admin",
				"ORGANISATION_CHANGED fields changed: none admin");
		assertThat(String.join(" ", entries())).doesNotContain("Çankaya").doesNotContain("+90");
	}

	@Test
	void anEditThatOnlySwitchesTheOrganisationIsThatSwitch() throws Exception {
		mvc.perform(post("/admin/organisations/{id}", organisation.id()).with(admin).with(csrf()).param("version", "0")
				.param("name", organisation.name()).param("type", "NGO").param("provinceCode", "06")
				.param("phone", "+903121234567").param("_active", "on"))
			.andExpect(status().is3xxRedirection());
		assertThat(entries()).containsExactly("ORGANISATION_DEACTIVATED - admin");
	}

}
