package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.web.servlet.MockMvc;

import org.opennrm.IntegrationTest;
import org.opennrm.shared.database.OneWaitPerRequest;

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

	@Autowired
	DataSource dataSource;

	@Test
	void readinessIncludesTheDatabaseAndLivenessDoesNot() throws Exception {
		assertThat(groups.get("readiness").isMember("db")).isTrue();
		assertThat(groups.get("liveness").isMember("db")).isFalse();
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	/**
	 * A request waits for a connection as long as application.properties says, in the embedded mode too (whose pool
	 * OpenNRM makes itself), where it waited HikariCP's default of 30 s; and the database out of reach only once in a
	 * request (OneWaitPerRequest, around the pool).
	 */
	@Test
	void theEmbeddedPoolWaitsForAConnectionAsConfigured() throws Exception {
		assertThat(dataSource).isInstanceOf(OneWaitPerRequest.class);
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getPoolName()).isEqualTo("opennrm-embedded");
		assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
		assertThat(pool.getValidationTimeout()).isEqualTo(2000);
	}

}
