package org.opennrm.shared.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The time zone the screens show times in ({@code opennrm.time-zone}), named for the reader, e.g. "TSİ, UTC+3": the
 * API gives times in UTC, so a screen says which zone its times are in. For templates: {@code @shownTimeZone.label()}.
 */
@Component("shownTimeZone")
public class ShownTimeZone {

	private final MessageSource messages;

	ShownTimeZone(MessageSource messages) {
		this.messages = messages;
	}

	/** The zone's name in the reader's language ({@code timeZone.<id>} in the bundles, else its id) and its offset. */
	public String label() {
		ZoneId zone = ZoneId.systemDefault();
		String name = messages.getMessage("timeZone." + zone.getId(), null, zone.getId(), LocaleContextHolder.getLocale());
		return name + ", " + utcOffset(ZonedDateTime.now(zone).getOffset());
	}

	static String utcOffset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		if (seconds == 0) {
			return "UTC";
		}
		return seconds % 3600 == 0 ? "UTC" + (seconds > 0 ? "+" : "-") + Math.abs(seconds / 3600) : "UTC" + offset.getId();
	}

}
