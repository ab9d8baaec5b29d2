package org.opennrm.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opennrm.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;
import org.opennrm.TestTokens;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.Role;
import org.opennrm.identity.SystemActor;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.AccessRefused;

/**
 * The audit trail's entries counted by action and outcome for monitoring, once written: a failed sign-in is counted
 * and shown at {@code /actuator/prometheus}; an entry whose transaction rolled back, and so is not in the trail, is not.
 */
@IntegrationTest
class AuditMetricsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry registry;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApiClientManagement clients;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void entriesWrittenAreCountedByActionAndOutcome() throws Exception {
		double before = count("LOGIN_FAILED", "FAILURE");
		mvc.perform(formLogin().user("nobody.metrics").password("not the password at all"));
		assertThat(count("LOGIN_FAILED", "FAILURE")).isEqualTo(before + 1);

		String scraper = TestTokens.issue(clients, organisations, Role.SYSTEM_ADMINISTRATOR);
		String metrics = mvc.perform(get("/actuator/prometheus").with(bearer(scraper))).andReturn().getResponse()
			.getContentAsString();
		assertThat(metrics).containsPattern("opennrm_audit_events_total\\{action=\"LOGIN_FAILED\",outcome=\"FAILURE\"\\} \\d");
	}

	@Test
	void anEntryRolledBackWithItsTransactionIsNotCounted() {
		double before = count("ACCESS_REFUSED", "FAILURE");
		SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR, () -> transactions.executeWithoutResult(status -> {
			events.publishEvent(new AccessRefused());
			status.setRollbackOnly();
		}));
		assertThat(count("ACCESS_REFUSED", "FAILURE")).isEqualTo(before);
		SystemActor.run("test", Role.SYSTEM_ADMINISTRATOR,
				() -> transactions.executeWithoutResult(status -> events.publishEvent(new AccessRefused())));
		assertThat(count("ACCESS_REFUSED", "FAILURE")).isEqualTo(before + 1);
	}

	private double count(String action, String outcome) {
		Counter counter = registry.find("opennrm.audit.events").tag("action", action).tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

}
