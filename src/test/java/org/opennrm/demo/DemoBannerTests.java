package org.opennrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.opennrm.IntegrationTest;

/** The start-up banner names the demo accounts this database has, and no password for accounts it has not. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoBannerTests {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** The tests' settings keep the demo's log quiet; the banner is an INFO line. */
	@org.junit.jupiter.api.BeforeEach
	void hearTheBanner() {
		org.springframework.boot.logging.LoggingSystem.get(getClass().getClassLoader())
			.setLogLevel("org.opennrm.demo", org.springframework.boot.logging.LogLevel.INFO);
	}

	@org.junit.jupiter.api.AfterEach
	void quietAgain() {
		org.springframework.boot.logging.LoggingSystem.get(getClass().getClassLoader())
			.setLogLevel("org.opennrm.demo", org.springframework.boot.logging.LogLevel.WARN);
	}

	@Test
	void theBannerListsTheDemoAccountsThatExist(CapturedOutput output) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update app_user set username = username || '.renamed' where username = 'iom'").update();
			demo.announce();
			status.setRollbackOnly();
		});
		assertThat(output.getOut()).contains("Demo accounts (password for all, unless changed: " + DemoData.PASSWORD)
			.contains("    uzman.gaziantep      FOCAL_POINT")
			.doesNotContain("    iom ");
	}

	@Test
	void aDatabaseWithoutTheDemoAccountsGetsNoPassword(CapturedOutput output) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update app_user set username = username || '.renamed'").update();
			demo.announce();
			status.setRollbackOnly();
		});
		assertThat(output.getOut()).contains("holds none of the demo accounts").doesNotContain(DemoData.PASSWORD);
	}

}
