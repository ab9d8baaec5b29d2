package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.opennrm.IntegrationTest;
import org.opennrm.SignIn;

/** The account's attempt is taken before its password is checked, and given back when the check is not made. */
@IntegrationTest
class PasswordSignInTests {

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void unlock() {
		jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = 'denetci'").update();
	}

	@Test
	void aWrongPasswordKeepsItsAttemptAndASuccessClearsThem() {
		PasswordSignIn signIn = new PasswordSignIn(users, passwordEncoder, 5);
		assertThatThrownBy(() -> signIn.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
		assertThat(failedLogins()).isOne();
		assertThat(signIn.authenticate(token(SignIn.DEMO_PASSWORD)).isAuthenticated()).isTrue();
		assertThat(failedLogins()).isZero();
	}

	@Test
	void aCheckThatIsNotMadeGivesItsAttemptBack() {
		PasswordEncoder busy = failingCheck(BoundedPasswordChecks.Busy::new);
		jdbc.sql("update app_user set failed_logins = 4 where username = 'denetci'").update();
		assertThatThrownBy(() -> new PasswordSignIn(users, busy, 5).authenticate(token(SignIn.DEMO_PASSWORD)))
			.isInstanceOf(BoundedPasswordChecks.Busy.class);
		assertThat(failedLogins()).isEqualTo(4);
	}

	@Test
	void withAllItsAttemptsTakenTheAccountIsRefusedAsLockedWhateverThePassword() {
		jdbc.sql("update app_user set failed_logins = 5 where username = 'denetci'").update();
		// the right password: checked all the same, so that the refusal takes as long, and refused
		java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return "{counting}";
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				checks.incrementAndGet();
				return true;
			}
		};
		assertThatThrownBy(() -> new PasswordSignIn(users, counting, 5).authenticate(token(SignIn.DEMO_PASSWORD)))
			.isInstanceOf(LockedException.class);
		assertThat(checks.get()).isOne();
		assertThat(failedLogins()).isEqualTo(5);
		assertThatThrownBy(() -> new PasswordSignIn(users, failingCheck(IllegalStateException::new), 5)
			.authenticate(token("wrong"))).isInstanceOf(LockedException.class);
		assertThat(failedLogins()).isEqualTo(5);
	}

	/** An encoder whose every password check throws {@code failure}; it makes the one hash kept for unknown names. */
	private static PasswordEncoder failingCheck(java.util.function.Supplier<? extends RuntimeException> failure) {
		return new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return "{failing}";
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				throw failure.get();
			}
		};
	}

	private static UsernamePasswordAuthenticationToken token(String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated("denetci", password);
	}

	private int failedLogins() {
		return jdbc.sql("select failed_logins from app_user where username = 'denetci'").query(Integer.class).single();
	}

}
