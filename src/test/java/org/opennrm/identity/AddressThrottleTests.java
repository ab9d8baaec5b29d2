package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.opennrm.IntegrationTest;

/** One address spraying a password over many accounts is stopped, other addresses are not. */
@IntegrationTest
class AddressThrottleTests {

	private static final String SPRAYER = "203.0.113.7";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheAddresses() {
		jdbc.sql("delete from login_address_failure where address like '203.0.113.%' or address like '2001:db8:%'").update();
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null").update();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void thirtyWrongPasswordsFromOneAddressPauseItsSignInsWhateverTheAccounts() throws Exception {
		String[] accounts = { "analist", "onleme", "denetci", "iom", "nobody.at.all", "admin" };
		for (int i = 0; i < 30; i++) {
			// a season's password tried on one account after another; no account gets the five that lock it
			signIn(accounts[i % accounts.length], "Ankara2026!" + (i / accounts.length), SPRAYER)
				.andExpect(redirectedUrl("/login?error=credentials"));
			if (i % accounts.length == accounts.length - 1) {
				jdbc.sql("update app_user set failed_logins = 0").update();
			}
		}
		assertThat(jdbc.sql("select count(*) from app_user where locked_until > now()").query(Long.class).single()).isZero();

		// the right password, from the same address, is not even checked
		long auditBefore = refusals();
		signIn("analist", "demo-parola-2026", SPRAYER)
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=address"));
		assertThat(refusals()).isEqualTo(auditBefore + 1);
		assertThat(jdbc.sql("select remote_address from audit_entry where action = 'LOGIN_REFUSED_ADDRESS_THROTTLED'"
				+ " order by seq desc limit 1").query(String.class).single()).isEqualTo(SPRAYER);

		// another address, another office, signs in as usual
		signIn("analist", "demo-parola-2026", "203.0.113.8")
			.andExpect(authenticated().withUsername("analist"));

		// the window passes
		jdbc.sql("update login_address_failure set window_start = now() - interval '16 minutes' where address = :a")
			.param("a", SPRAYER).update();
		signIn("analist", "demo-parola-2026", SPRAYER)
			.andExpect(authenticated().withUsername("analist"));
	}

	/** The addresses whose window has passed are forgotten by a job of their own (SignInRecordsClearingTests). */
	@Test
	void aNewWindowStartsAfterTheOldOne() throws Exception {
		jdbc.sql("insert into login_address_failure (address, window_start, failures) values ('203.0.113.9', now() - interval '20 minutes', 29)").update();
		signIn("nobody.at.all", "x", "203.0.113.9");
		assertThat(jdbc.sql("select failures from login_address_failure where address = '203.0.113.9'").query(Integer.class).single()).isOne();
	}

	@Test
	void aForwardedForHeaderFromTheClientDoesNotChooseTheAddressCounted() throws Exception {
		// every attempt claims another address; the connection's own is counted, and audited
		for (int i = 0; i < 30; i++) {
			mvc.perform(post("/login").param("username", "nobody.at.all").param("password", "x" + i).with(csrf())
				.with(from(SPRAYER)).header("X-Forwarded-For", "198.51.100." + i).header("Forwarded", "for=198.51.100." + i))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		signIn("analist", "demo-parola-2026", SPRAYER).andExpect(redirectedUrl("/login?error=address"));
		assertThat(jdbc.sql("select count(*) from login_address_failure where address like '198.51.100.%'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select distinct remote_address from audit_entry where action = 'LOGIN_FAILED' and seq > "
				+ "(select coalesce(max(seq), 0) - 30 from audit_entry where action = 'LOGIN_FAILED')")
			.query(String.class).list()).containsExactly(SPRAYER);
	}

	@Test
	void anIpv6NetworkOfSixtyFourBitsIsCountedAsOneAddress() throws Exception {
		// anyone given a /64 can send each attempt from another of its addresses
		for (int i = 0; i < 30; i++) {
			signIn("nobody.at.all", "x" + i, "2001:db8:1:2:" + Integer.toHexString(i * 1021) + ":0:ab:" + (i + 1))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		signIn("analist", "demo-parola-2026", "2001:db8:1:2:ffff:ffff:ffff:fffe")
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=address"));
		assertThat(jdbc.sql("select address, failures from login_address_failure where address like '2001:db8:%'")
			.query((rs, row) -> rs.getString(1) + " " + rs.getInt(2)).list()).containsExactly("2001:db8:1:2::/64 30");
		// the next /64 is another network; the audit trail keeps each address as it was
		signIn("analist", "demo-parola-2026", "2001:db8:1:3::1").andExpect(authenticated().withUsername("analist"));
		assertThat(jdbc.sql("select remote_address from audit_entry where action = 'LOGIN_REFUSED_ADDRESS_THROTTLED'"
				+ " order by seq desc limit 1").query(String.class).single()).isEqualTo("2001:db8:1:2:ffff:ffff:ffff:fffe");

		// a network written with zeros, and an IPv4 address written as IPv6, which is counted as that IPv4 address
		signIn("nobody.at.all", "x", "2001:db8:0:0:1::7");
		signIn("nobody.at.all", "x", "::ffff:203.0.113.7");
		signIn("nobody.at.all", "x", "203.0.113.7");
		assertThat(jdbc.sql("select address || ' ' || failures from login_address_failure where address in "
				+ "('2001:db8::/64', '203.0.113.7')").query(String.class).list())
			.containsExactlyInAnyOrder("2001:db8::/64 1", "203.0.113.7 2");
	}

	@Test
	void aWrongPasswordFromAnAddressTooLongToKeepStillCountsAgainstTheAccountAndIsAudited() throws Exception {
		String odd = "203.0.113." + "1".repeat(100);
		String failed = "select count(*) from audit_entry where action in ('LOGIN_FAILED', 'LOGIN_FAILED_ACCOUNT_LOCKED')";
		long failedBefore = jdbc.sql(failed).query(Long.class).single();
		for (int i = 0; i < 5; i++) {
			signIn("analist", "wrong" + i, odd).andExpect(redirectedUrl("/login?error=credentials"));
		}
		assertThat(jdbc.sql(failed).query(Long.class).single()).isEqualTo(failedBefore + 5);
		assertThat(jdbc.sql("select locked_until > now() from app_user where username = 'analist'").query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("select failures from login_address_failure where address like '203.0.113.1111%'")
			.query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void theSignInPageSaysWhyInTheUsersLanguage() throws Exception {
		mvc.perform(get("/login?error=address").header("Accept-Language", "tr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bu ağdan yapılan çok sayıda oturum açma denemesi başarısız")));
		mvc.perform(get("/login?error=address").header("Accept-Language", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Too many sign-ins from this network have failed lately")));
		mvc.perform(get("/login?error=busy").header("Accept-Language", "tr"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Şu anda çok sayıda kişi oturum açıyor")));
	}

	/** The sign-in form posted from an address. */
	private org.springframework.test.web.servlet.ResultActions signIn(String user, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf()).with(from(address)));
	}

	private long refusals() {
		return jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_REFUSED_ADDRESS_THROTTLED'").query(Long.class).single();
	}

}
