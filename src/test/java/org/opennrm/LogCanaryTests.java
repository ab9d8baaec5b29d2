package org.opennrm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The canary itself: it sees a victim's name however it reaches a log, and passes over what is no victim's. */
class LogCanaryTests {

	private static final Logger log = LoggerFactory.getLogger(LogCanaryTests.class);

	@Test
	void seesANameInTheMessageInItsArgumentsAndInTheCausesOfAnException() {
		log.info("indexed FATMA HÜSEYNİ");
		log.warn("could not save {}", "fatemeh hosseini");
		log.error("failed", new IllegalStateException("saving failed",
				new RuntimeException("Key (name)=(فاطمه حسینی) already exists")));
		assertThat(LogCanary.drain()).hasSize(3)
			.anySatisfy(leak -> assertThat(leak).startsWith("[Hüseyni] logged by " + LogCanaryTests.class.getName()))
			.anySatisfy(leak -> assertThat(leak).startsWith("[Hosseini, Fatemeh] logged by"))
			.anySatisfy(leak -> assertThat(leak).startsWith("[فاطمه, حسینی] logged by"));
	}

	@Test
	void passesOverWhatIsNoVictimsName() {
		log.info("signed in: Zeynep Kaya (uzman.istanbul), person 7c0e8d2a-3b1f-4c5e-9a6d-2f4b8c1e0a93");
		assertThat(LogCanary.drain()).isEmpty();
	}

}
