package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationManagement;

/**
 * An account whose contact details cannot be read on this server (their data key removed too early, or their bytes
 * altered) is answered with what is wrong, in the user's language, not "an unexpected error"; and the log names the
 * value's field and row, for the operator to find it, with nothing of the value.
 */
@IntegrationTest
class UnreadableContactsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void thePageAndTheApiSayTheDataCannotBeReadHereAndTheLogSaysWhere() throws Exception {
		UUID istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0).id();
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				"okunamaz." + System.nanoTime(), "Okunamaz Kişi", "okunamaz@example.org", null, Role.FOCAL_POINT,
				Scope.PROVINCE, istanbul, "uzun ve gizli bir parola", null)));
		byte[] email = jdbc.sql("select email_enc from app_user where id = :id").param("id", account.id())
			.query(byte[].class).single();
		byte[] altered = email.clone();
		altered[altered.length - 1] ^= 1;
		jdbc.sql("update app_user set email_enc = :v where id = :id").param("v", altered).param("id", account.id()).update();
		RequestPostProcessor admin = SignIn.as(mvc, "admin");

		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger api = (Logger) LoggerFactory.getLogger("org.opennrm.shared.web.ApiErrorHandling");
		Logger pages = (Logger) LoggerFactory.getLogger("org.opennrm.shared.web.PageErrorHandling");
		api.addAppender(log);
		pages.addAppender(log);
		log.start();
		try {
			mvc.perform(get("/api/v1/users/{id}", account.id()).with(admin).param("lang", "en"))
				.andExpect(status().isInternalServerError())
				.andExpect(jsonPath("$.title").value("Cannot be read on this server"));
			mvc.perform(get("/admin/users/{id}", account.id()).with(admin).param("lang", "tr"))
				.andExpect(status().isInternalServerError())
				.andExpect(content().string(containsString("Bu sunucuda okunamıyor")));
		}
		finally {
			api.detachAppender(log);
			pages.detachAppender(log);
			jdbc.sql("update app_user set email_enc = :v where id = :id").param("v", email).param("id", account.id())
				.update();
		}
		assertThat(log.list).hasSize(2).allSatisfy(event -> assertThat(event.getFormattedMessage())
			.contains("DecryptionException: Decryption failed: the value was altered")
			.contains("Value of app_user.email:" + account.id())
			.doesNotContain("okunamaz@example.org"));
	}

	/** The password check reads the e-mail address (a password made of it is refused); one it cannot read is left out. */
	@Test
	void aPasswordIsResetAllTheSameWhenTheAddressCannotBeRead() {
		UUID istanbul = organisations.list(new OrganisationFilter("İstanbul İl Göç", null, null, null)).get(0).id();
		UserAccount account = SystemActor.call("test-setup", Role.SYSTEM_ADMINISTRATOR, () -> users.create(new NewUser(
				"okunamaz.adres." + System.nanoTime(), "Okunamaz Adres", "okunamaz.adres@example.org", null,
				Role.FOCAL_POINT, Scope.PROVINCE, istanbul, "uzun ve gizli bir parola", null)));
		jdbc.sql("update app_user set email_enc = set_byte(email_enc, length(email_enc) - 1,"
				+ " get_byte(email_enc, length(email_enc) - 1) # 1) where id = :id").param("id", account.id()).update();
		SystemActor.run("test-setup", Role.SYSTEM_ADMINISTRATOR,
				() -> users.resetPassword(account.id(), new PasswordReset("kırmızı bisiklet yokuşu tırmandı")));
		assertThat(jdbc.sql("select must_change_password from app_user where id = :id").param("id", account.id())
			.query(Boolean.class).single()).isTrue();
	}

}
