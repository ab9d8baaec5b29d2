package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.opennrm.identity.AddressThrottleTests.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/**
 * An office behind one address keeps signing in through its own typing errors while a password sprayed from it is
 * stopped; the administrators see the refused addresses and locked accounts, and lift them, in the audit trail.
 */
@IntegrationTest
class SignInLockTests {

	private static final String OFFICE = "198.51.100.20";

	private static final String REFUSED = "198.51.100.30";

	/** Eight accounts of one office: four wrong passwords each, 32 in all, would pause the address without more. */
	private static final List<String> STAFF = List.of("analist", "onleme", "denetci", "iom", "savcilik", "koordinator",
			"polis.istanbul", "uzman.gaziantep");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = SignIn.as(mvc, "admin");
	}

	@AfterEach
	void forget() {
		jdbc.sql("delete from login_address_failure where address like '198.51.100.%' or address like '2001:db8:%'").update();
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null, locked_at = null, lock_failures = 0").update();
	}

	@Test
	void anOfficesOwnTypingErrorsDoNotPauseItsAddressButAPasswordSprayedFromItDoes() throws Exception {
		for (String person : STAFF) {
			for (int i = 0; i < 4; i++) {
				signIn(person, "yanlış parola " + i, OFFICE).andExpect(redirectedUrl("/login?error=credentials"));
			}
			signIn(person, SignIn.DEMO_PASSWORD, OFFICE).andExpect(authenticated().withUsername(person));
		}
		assertThat(failuresOf(OFFICE)).isZero();

		// one person's success takes off their own refusals only, not a colleague's nor a name that is no account's
		signIn("onleme", "yanlış parola", OFFICE);
		signIn("onleme", "yanlış parola", OFFICE);
		signIn("nobody.at.all", "yanlış parola", OFFICE);
		signIn("analist", "yanlış parola", OFFICE);
		signIn("analist", SignIn.DEMO_PASSWORD, OFFICE).andExpect(authenticated().withUsername("analist"));
		assertThat(failuresOf(OFFICE)).isEqualTo(3);

		// a season's password tried on every name from the office's address signs in to none: it is stopped
		List<String> names = new java.util.ArrayList<>(STAFF);
		names.add("nobody.at.all");
		for (int i = 0; failuresOf(OFFICE) < 30; i++) {
			signIn(names.get(i % names.size()), "Ankara2026!", OFFICE).andExpect(redirectedUrl("/login?error=credentials"));
		}
		signIn("denetci", SignIn.DEMO_PASSWORD, OFFICE).andExpect(redirectedUrl("/login?error=address"));
	}

	@Test
	void theScreenListsWhatIsRefusedNowAndLiftsItWithAnEntryInTheAuditTrail() throws Exception {
		refuse(REFUSED);
		// counted, but not refused: below the limit, or its window over
		jdbc.sql("insert into login_address_failure (address, window_start, failures) values "
				+ "('198.51.100.31', now(), 29), ('198.51.100.32', now() - interval '16 minutes', 30)").update();
		UUID onleme = lockWithWrongPasswords("onleme");
		// two more sign-ins while locked, the right password among them
		signIn("onleme", SignIn.DEMO_PASSWORD, "198.51.100.40").andExpect(redirectedUrl("/login?error=credentials"));
		signIn("onleme", "yanlış parola", "198.51.100.40").andExpect(redirectedUrl("/login?error=credentials"));

		mvc.perform(get("/admin/sign-in-locks").with(admin).param("lang", "tr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oturum açma engelleri")))
			.andExpect(content().string(containsString(REFUSED)))
			.andExpect(content().string(not(containsString("198.51.100.31"))))
			.andExpect(content().string(not(containsString("198.51.100.32"))))
			.andExpect(content().string(containsString("/admin/users/" + onleme)))
			.andExpect(content().string(containsString("Kilitlenme zamanı")))
			.andExpect(content().string(containsString("<td data-label=\"Başarısız denemeler\">7</td>")))
			.andExpect(content().string(containsString("<td data-label=\"Başarısız denemeler\">30</td>")));

		long before = lastEntry();
		mvc.perform(post("/admin/sign-in-locks/addresses/release").with(admin).with(csrf()).param("address", REFUSED))
			.andExpect(redirectedUrl("/admin/sign-in-locks"))
			.andExpect(flash().attribute("message", "signInLock.address.released"));
		assertThat(entriesSince(before)).containsExactly("SIGN_IN_ADDRESS_RELEASED client_address " + REFUSED + " admin");
		signIn("analist", SignIn.DEMO_PASSWORD, REFUSED).andExpect(authenticated().withUsername("analist"));

		// not refused (any more): nothing to lift, nothing recorded
		before = lastEntry();
		mvc.perform(post("/admin/sign-in-locks/addresses/release").with(admin).with(csrf()).param("address", "198.51.100.31"))
			.andExpect(flash().attribute("message", "signInLock.address.notRefused"));
		assertThat(entriesSince(before)).isEmpty();
		assertThat(failuresOf("198.51.100.31")).isEqualTo(29);

		mvc.perform(post("/admin/sign-in-locks/accounts/{id}/unlock", onleme).with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/sign-in-locks"))
			.andExpect(flash().attribute("subject", "onleme"));
		assertThat(entriesSince(before)).containsExactly("USER_UNLOCKED user " + onleme + " admin");
		signIn("onleme", SignIn.DEMO_PASSWORD, "198.51.100.40").andExpect(authenticated().withUsername("onleme"));

		mvc.perform(get("/admin/sign-in-locks").with(admin).param("lang", "en"))
			.andExpect(content().string(containsString("No address is refused now.")))
			.andExpect(content().string(containsString("No account is locked now.")));
	}

	@Test
	void theApiListsAndLiftsAsTheScreenDoes() throws Exception {
		refuse(REFUSED);
		lockWithWrongPasswords("iom");

		mvc.perform(get("/api/v1/sign-in-locks").with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.addresses[?(@.address == '" + REFUSED + "')].failures").value(30))
			.andExpect(jsonPath("$.addresses[?(@.address == '" + REFUSED + "')].until").isNotEmpty())
			.andExpect(jsonPath("$.accounts[?(@.username == 'iom')].failures").value(5))
			.andExpect(jsonPath("$.accounts[?(@.username == 'iom')].lockedAt").isNotEmpty());

		long before = lastEntry();
		mvc.perform(release(REFUSED).with(admin).with(csrf())).andExpect(status().isNoContent());
		assertThat(entriesSince(before)).containsExactly("SIGN_IN_ADDRESS_RELEASED client_address " + REFUSED + " admin");
		mvc.perform(release(REFUSED).with(admin).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/sign-in-locks/addresses/release").with(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"adress\": \"" + REFUSED + "\"}"))
			.andExpect(status().isBadRequest());

		mvc.perform(get("/api/v1/openapi").with(admin))
			.andExpect(jsonPath("$.paths['/api/v1/sign-in-locks'].get.summary")
				.value("The client addresses refused and the accounts locked now"))
			.andExpect(jsonPath("$.paths['/api/v1/sign-in-locks/addresses/release'].post.responses['204']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/sign-in-locks/addresses/release'].post.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/sign-in-locks/addresses/release'].post.responses['200']").doesNotExist())
			// records of the API's own, each field described, not the identity module's
			.andExpect(jsonPath("$.paths['/api/v1/sign-in-locks'].get.responses['200'].content['application/json'].schema['$ref']")
				.value("#/components/schemas/SignInLocksResource"))
			.andExpect(jsonPath("$.components.schemas.RefusedAddressResource.properties.until.description")
				.value(containsString("let through again")))
			.andExpect(jsonPath("$.components.schemas.LockedAccountResource.properties.lockedAt.description")
				.value(containsString("null for a lock set before")))
			.andExpect(jsonPath("$.components.schemas.SignInLocks").doesNotExist());

		// not signed in, or without the permission: refused as every API address is
		mvc.perform(get("/api/v1/sign-in-locks")).andExpect(status().isUnauthorized());
		refuse(REFUSED);
		mvc.perform(release(REFUSED).with(SignIn.as(mvc, "denetci")).with(csrf())).andExpect(status().isForbidden());
		assertThat(failuresOf(REFUSED)).isEqualTo(30);
	}

	@Test
	void anIpv6AddressIsListedAndLiftedAsItsNetwork() throws Exception {
		for (int i = 0; i < 30; i++) {
			signIn("nobody.at.all", "yanlış parola", "2001:db8:aa:1::" + Integer.toHexString(i + 1))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		mvc.perform(get("/admin/sign-in-locks").with(admin).param("lang", "en"))
			.andExpect(content().string(containsString("<td class=\"mono\" data-label=\"Address\">2001:db8:aa:1::/64</td>")))
			.andExpect(content().string(containsString("IPv6 addresses are counted with their /64 network")));
		mvc.perform(get("/api/v1/sign-in-locks").with(admin))
			.andExpect(jsonPath("$.addresses[?(@.address == '2001:db8:aa:1::/64')].failures").value(30));
		mvc.perform(release("2001:db8:aa:1::/64").with(admin).with(csrf())).andExpect(status().isNoContent());
		signIn("analist", SignIn.DEMO_PASSWORD, "2001:db8:aa:1::99").andExpect(authenticated().withUsername("analist"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder release(String address) {
		return post("/api/v1/sign-in-locks/addresses/release").contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\": \"" + address + "\"}");
	}

	/** The address has sent its thirty refused sign-ins a minute ago. */
	private void refuse(String address) {
		jdbc.sql("insert into login_address_failure (address, window_start, failures) values (:a, now() - interval '1 minute', 30)"
				+ " on conflict (address) do update set window_start = excluded.window_start, failures = 30")
			.param("a", address).update();
	}

	private UUID lockWithWrongPasswords(String username) throws Exception {
		for (int i = 0; i < 5; i++) {
			signIn(username, "yanlış parola " + i, "198.51.100.40");
		}
		assertThat(jdbc.sql("select locked_until > now() from app_user where username = :u").param("u", username)
			.query(Boolean.class).single()).isTrue();
		return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
	}

	private ResultActions signIn(String user, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
			.with(from(address)));
	}

	private int failuresOf(String address) {
		return jdbc.sql("select coalesce(max(failures), 0) from login_address_failure where address = :a")
			.param("a", address).query(Integer.class).single();
	}

	private long lastEntry() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	/** The entries after {@code seq} but the sign-ins: action, record type and id, actor. */
	private List<String> entriesSince(long seq) {
		return jdbc.sql("""
				select action || ' ' || entity_type || ' ' || entity_id || ' ' || actor_name from audit_entry
				 where seq > :seq and action not like 'LOGIN%' order by seq""")
			.param("seq", seq).query(String.class).list();
	}

}
