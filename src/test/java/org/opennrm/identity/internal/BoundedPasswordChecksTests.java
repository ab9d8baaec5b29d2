package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.opennrm.identity.LoginTurnedAway;

/** Password checks take turns, so a crowd of sign-ins cannot take all the memory; one that finds no turn is busy. */
class BoundedPasswordChecksTests {

	@Test
	void aCheckThatFindsNoTurnWithinTheWaitIsRefusedAsBusyAndTheNextOneIsMade() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		PasswordEncoder slow = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return "{plain}" + raw;
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				if ("slow".contentEquals(raw)) {
					inside.countDown();
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				return encoded.equals("{plain}" + raw);
			}
		};
		BoundedPasswordChecks checks = new BoundedPasswordChecks(slow, 1, Duration.ofMillis(100));
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> checks.matches("slow", "{plain}slow"));
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

		assertThatThrownBy(() -> checks.matches("other", "{plain}other")).isInstanceOf(BoundedPasswordChecks.Busy.class);

		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(checks.matches("other", "{plain}other")).isTrue();
		assertThat(checks.matches("other", "{plain}wrong")).isFalse();
	}

	@Test
	void aBusyRefusalSendsThePersonToTheSignInPageWithItsReasonAndIsAudited() throws Exception {
		List<Object> published = new ArrayList<>();
		MockHttpServletResponse response = new MockHttpServletResponse();
		SecurityConfiguration.loginFailureHandler(published::add).onAuthenticationFailure(new MockHttpServletRequest(),
				response, new BoundedPasswordChecks.Busy());
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=busy");
		assertThat(published).containsExactly(new LoginTurnedAway(LoginTurnedAway.Why.BUSY));
		assertThat(new LoginTurnedAway(LoginTurnedAway.Why.BUSY).action()).isEqualTo("LOGIN_REFUSED_BUSY");
		assertThat(new LoginTurnedAway(LoginTurnedAway.Why.BUSY).outcome()).isEqualTo("FAILURE");

		// a wrong password is audited where Spring Security reports it (LoginThrottle), not twice
		MockHttpServletResponse wrong = new MockHttpServletResponse();
		SecurityConfiguration.loginFailureHandler(published::add).onAuthenticationFailure(new MockHttpServletRequest(),
				wrong, new BadCredentialsException("wrong"));
		assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error=credentials");
		assertThat(published).hasSize(1);
	}

	@Test
	void aBusyRefusalThatCannotBeAuditedStillAsksThePersonToTryAgain() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		SecurityConfiguration.loginFailureHandler(event -> {
			throw new IllegalStateException("no connection left in the pool");
		}).onAuthenticationFailure(new MockHttpServletRequest(), response, new BoundedPasswordChecks.Busy());
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=busy");
	}

	@Test
	void aSignInTheDatabaseFailedIsNoRefusalAndIsAnsweredAsAnyRequestTheDatabaseFailed() {
		List<Object> published = new ArrayList<>();
		MockHttpServletResponse response = new MockHttpServletResponse();
		var failed = new InternalAuthenticationServiceException("could not load the account",
				new CannotGetJdbcConnectionException("no connection",
						new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms")));
		// thrown on to the shared error handling, which answers 503 (TemporarilyUnavailableFilter); not "try again in
		// a few seconds", which is for the password checks' rush, nor audited where nothing can be written
		assertThatThrownBy(() -> SecurityConfiguration.loginFailureHandler(published::add)
			.onAuthenticationFailure(new MockHttpServletRequest(), response, failed)).isSameAs(failed);
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(published).isEmpty();
	}

}
