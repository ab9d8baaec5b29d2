package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;

/**
 * The probes a load balancer asks, without signing in: readiness includes the database, so that a node that cannot
 * reach it is taken out rather than sent people whose requests hang; liveness does not (restarting the node would not
 * bring the database back).
 */
@IntegrationTest
class HealthProbesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	HealthEndpointGroups groups;

	@Test
	void readinessIncludesTheDatabaseAndLivenessDoesNot() throws Exception {
		assertThat(groups.get("readiness").isMember("db")).isTrue();
		assertThat(groups.get("liveness").isMember("db")).isFalse();
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

}
