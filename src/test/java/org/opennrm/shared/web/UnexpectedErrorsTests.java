package org.opennrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * Errors no handler names: Spring's own client errors keep their 4xx, a busy service and a database out of reach are a
 * 503, never a 500.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JsonMapper json;

	/** What a password check too busy to wait for throws, seen by the handlers through the exception it causes. */
	static final class Busy extends RuntimeException implements TemporarilyUnavailable {

		private static final long serialVersionUID = 1L;

	}

	@Test
	void aRepresentationTheApiCannotGiveIs406NotAnError() throws Exception {
		String token = TestTokens.issue(clients, organisations, Role.FOCAL_POINT);
		var response = mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token)
				.accept("application/xml")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(406);
	}

	@Test
	void aBusyServiceAnswers503WithTryAgainOnTheApiAndOnTheScreens() {
		var api = new ApiErrorHandling(messages, event -> { }, null).unexpected(new IllegalStateException(new Busy()),
				Locale.forLanguageTag("tr"));
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(api.getBody().getTitle()).isEqualTo("Sistem şu anda yoğun");

		MockHttpServletResponse page = new MockHttpServletResponse();
		var model = new ExtendedModelMap();
		assertThat(new PageErrorHandling().unexpected(new Busy(), model, new MockHttpServletRequest(), page)).isEqualTo("error");
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(model.get("status")).isEqualTo(503);
	}

	@Test
	void aDatabaseOutOfReachAnswers503WithTryAgainInAMinuteOnTheApiAndOnTheScreens() {
		var outOfReach = new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 5000ms"));
		var api = new ApiErrorHandling(messages, event -> { }, null).unexpected(outOfReach, Locale.forLanguageTag("tr"));
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("60");
		assertThat(api.getBody().getTitle()).isEqualTo("Geçici olarak kullanılamıyor");
		assertThat(api.getBody().getDetail()).isEqualTo("Hizmet geçici olarak kullanılamıyor. Lütfen bir dakika sonra "
				+ "yeniden deneyin.");

		MockHttpServletResponse page = new MockHttpServletResponse();
		var model = new ExtendedModelMap();
		var formSent = new MockHttpServletRequest("POST", "/admin/organisations");
		assertThat(new PageErrorHandling().unexpected(outOfReach, model, formSent, page)).isEqualTo("error");
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("60");
		assertThat(model).containsEntry("texts", "503.database").containsEntry("formSent", true);
	}

	/**
	 * A statement cancelled at the database's time limit: 503 with "try again in half a minute" and, for a form, that it
	 * may not have been saved; each one a warning naming the exception's classes, never its message.
	 */
	@Test
	void aStatementPastItsTimeLimitAnswers503AndIsWarnedOf(CapturedOutput log) {
		var cancelled = new QueryTimeoutException("PreparedStatementCallback; SQL [select … 'Ayşe']", new PSQLException(
				"ERROR: canceling statement due to statement timeout", PSQLState.QUERY_CANCELED));
		var api = new ApiErrorHandling(messages, event -> { }, null).unexpected(cancelled, Locale.forLanguageTag("en"));
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("30");
		assertThat(api.getBody().getTitle()).isEqualTo("Took too long");

		MockHttpServletResponse page = new MockHttpServletResponse();
		var model = new ExtendedModelMap();
		var formSent = new MockHttpServletRequest("POST", "/admin/organisations");
		assertThat(new PageErrorHandling().unexpected(cancelled, model, formSent, page)).isEqualTo("error");
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("30");
		assertThat(model).containsEntry("texts", "503.tooSlow").containsEntry("formSent", true);
		assertThat(messages.getMessage("error.503.tooSlow.title", null, Locale.forLanguageTag("tr")))
			.isEqualTo("İşlem çok uzun sürdü");

		assertThat(log.getOut().lines().filter(line -> line.contains("was answered 503, a database statement having run past its time limit")))
			.hasSize(2).allSatisfy(line -> assertThat(line).contains("WARN")
				.contains("org.springframework.dao.QueryTimeoutException").contains("<- caused by org.postgresql.util.PSQLException")
				.doesNotContain("Ayşe").doesNotContain("canceling"));
	}

	/**
	 * A transaction that PostgreSQL aborted to end a deadlock, as Spring throws it: 503 with "interrupted, try again in
	 * a few seconds" and, for a form, that it may not have been saved; each one a warning naming the exception's
	 * classes, never its message (which quotes the statement).
	 */
	@Test
	void aTransactionThatLostADeadlockAnswers503AndIsWarnedOf(CapturedOutput log) throws Exception {
		RuntimeException lost = deadlockLoser();
		assertThat(TemporarilyUnavailable.why(lost)).hasValue(TemporarilyUnavailable.Why.CONFLICT);
		var api = new ApiErrorHandling(messages, event -> { }, null).unexpected(lost, Locale.forLanguageTag("en"));
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(api.getBody().getTitle()).isEqualTo("Interrupted");

		MockHttpServletResponse page = new MockHttpServletResponse();
		var model = new ExtendedModelMap();
		var formSent = new MockHttpServletRequest("POST", "/admin/users/1/edit");
		assertThat(new PageErrorHandling().unexpected(lost, model, formSent, page)).isEqualTo("error");
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("5");
		assertThat(model).containsEntry("texts", "503.conflict").containsEntry("formSent", true);
		assertThat(messages.getMessage("error.503.conflict.title", null, Locale.forLanguageTag("tr")))
			.isEqualTo("Yarıda kesildi");

		assertThat(log.getOut().lines().filter(line -> line.contains("was answered 503, a database transaction having lost a deadlock or a serialization conflict")))
			.hasSize(2).allSatisfy(line -> assertThat(line).contains("WARN")
				.contains("org.springframework.dao.PessimisticLockingFailureException")
				.contains("<- caused by org.postgresql.util.PSQLException").doesNotContain("pg_advisory_xact_lock"));
	}

	/**
	 * What the transaction that PostgreSQL aborts throws, when two transactions each hold an advisory lock the other
	 * waits for.
	 */
	private RuntimeException deadlockLoser() throws Exception {
		CyclicBarrier bothHoldOne = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> sides = new ArrayList<>();
			for (long[] locks : new long[][] { { 9_100_001L, 9_100_002L }, { 9_100_002L, 9_100_001L } }) {
				sides.add(threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
					jdbc.sql("select pg_advisory_xact_lock(" + locks[0] + ")").query().listOfRows();
					try {
						bothHoldOne.await(20, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					jdbc.sql("select pg_advisory_xact_lock(" + locks[1] + ")").query().listOfRows();
				})));
			}
			List<RuntimeException> lost = new ArrayList<>();
			for (Future<?> side : sides) {
				try {
					side.get(20, TimeUnit.SECONDS);
				}
				catch (ExecutionException failed) {
					lost.add((RuntimeException) failed.getCause());
				}
			}
			assertThat(lost).as("one side, aborted by PostgreSQL").hasSize(1);
			return lost.get(0);
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Requests answered 503 for the database out of reach are told once a minute, with how many and why, in the same
	 * words as a scheduled job not run for it; each answered so still gets its 503.
	 */
	@Test
	void requestsAnswered503ForTheDatabaseOutOfReachAreOneLineAMinute(CapturedOutput log) throws Exception {
		var filter = new TemporarilyUnavailableFilter(null, new AcceptHeaderLocaleResolver(), messages, json, null);
		for (int i = 0; i < 3; i++) {
			var response = new MockHttpServletResponse();
			filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/organisations"), response, (request, answer) -> {
				throw new CannotGetJdbcConnectionException("no connection",
						new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
			});
			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("60");
		}
		assertThat(log.getOut().lines().filter(line -> line.contains("Requests answered 503")))
			.singleElement().satisfies(line -> assertThat(line).contains("WARN")
				.contains("Requests answered 503: 1 since the last such line; the latest, the database being out of reach,"
						+ " failed with org.springframework.jdbc.CannotGetJdbcConnectionException")
				.doesNotContain("HikariPool"));
	}

}
