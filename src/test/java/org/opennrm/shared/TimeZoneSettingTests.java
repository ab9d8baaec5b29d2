package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

class TimeZoneSettingTests {

	private final TimeZone before = TimeZone.getDefault();

	@AfterEach
	void restore() {
		TimeZone.setDefault(before);
	}

	private static void prepare(MockEnvironment environment) {
		new TimeZoneSetting().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

	@Test
	void timesAreIstanbulTimeUnlessConfiguredOtherwise() {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		prepare(new MockEnvironment());
		assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Europe/Istanbul"));

		prepare(new MockEnvironment().withProperty("opennrm.time-zone", "Asia/Baku"));
		assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Asia/Baku"));
	}

	@Test
	void systemKeepsTheMachinesZone() {
		TimeZone.setDefault(TimeZone.getTimeZone("America/Bogota"));
		prepare(new MockEnvironment().withProperty("opennrm.time-zone", "system"));
		assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("America/Bogota"));
	}

	@Test
	void aZoneThatDoesNotExistStopsTheStartWithAClearMessage() {
		assertThatThrownBy(() -> prepare(new MockEnvironment().withProperty("opennrm.time-zone", "Europe/Ankara")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("opennrm.time-zone is \"Europe/Ankara\", which is no time zone");
	}

	@Test
	void registeredForEveryStartOfTheApplicationBeforeTheLogsStart() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
			.anyMatch(TimeZoneSetting.class::isInstance);
		// the logging system fixes the zone of its time stamps when it starts, on the same event
		assertThat(new TimeZoneSetting().getOrder()).isLessThan(LoggingApplicationListener.DEFAULT_ORDER);
	}

}
