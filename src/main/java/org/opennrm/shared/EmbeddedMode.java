package org.opennrm.shared;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/** Whether OpenNRM runs its own database (no {@code spring.datasource.url} configured): the laptop default. */
public final class EmbeddedMode {

	private EmbeddedMode() {
	}

	public static boolean isActive(PropertyResolver environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
