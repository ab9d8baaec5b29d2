package org.opennrm.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The time zone OpenNRM shows and reads times in: {@code opennrm.time-zone}, Europe/Istanbul unless set, or
 * {@code system} for the machine's own. Servers commonly run in UTC, which put every time a case worker reads (the
 * audit trail, when an account was locked or last signed in) three hours behind the clock on the wall, and made a
 * day of the audit filter start at 03:00. Set as the JVM's default once the configuration is read, before the
 * database connections open, so that pages, logs, the audit filter's days and PostgreSQL sessions agree; first among
 * the listeners, before the logging system starts and fixes the zone of its time stamps (which show the offset,
 * +03:00). Registered in {@code META-INF/spring.factories}: it runs for the web application, the administrative
 * commands and tests.
 */
public class TimeZoneSetting implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	static final String PROPERTY = "opennrm.time-zone";

	static final String DEFAULT = "Europe/Istanbul";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ZoneId zone = zone(event.getEnvironment());
		if (zone != null) {
			TimeZone.setDefault(TimeZone.getTimeZone(zone));
		}
	}

	/** The configured zone; null for {@code system}. */
	static ZoneId zone(Environment environment) {
		String value = environment.getProperty(PROPERTY, DEFAULT).strip();
		if (value.equalsIgnoreCase("system")) {
			return null;
		}
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException(PROPERTY + " is \"" + value + "\", which is no time zone: use a region name "
					+ "such as Europe/Istanbul, or \"system\" for the machine's own zone", ex);
		}
	}

}
