package org.opennrm.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;

import org.opennrm.audit.AuditFilter;
import org.opennrm.shared.InvalidParameter;
import org.opennrm.shared.SearchText;
import org.opennrm.shared.UserInputException;

/**
 * The audit trail's filter as a person or a client writes it, read into an {@link AuditFilter}: the same rules for the
 * screen and the API. Codes are taken in any case ({@code outcome=failure}), a record id that is a UUID in upper case
 * as the lower-case one it is stored as; an action, outcome or record type OpenNRM does not know is refused, naming the
 * parameter, rather than answered with nothing found. A time is a date-time with its offset, or a date alone: the
 * start of that day ({@code from}) or its end ({@code to}) in OpenNRM's time zone, as the screen's days are.
 */
final class AuditQuery {

	private static final Pattern UUID_TEXT = Pattern
		.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

	static final Set<String> OUTCOMES = Set.of("SUCCESS", "FAILURE");

	/** A search's names' digest as the trail shows it ({@code #3fa9c2d1}), with or without the {@code #}, in any case. */
	private static final Pattern ASKED_NAMES = Pattern.compile("#?(\\p{XDigit}{8})");

	private final MessageSource messages;

	AuditQuery(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param recordedActions the actions the trail holds, read only when an action has no label (one of a newer
	 * version, or one no label was written for yet)
	 * @param recordedTypes the same for record types
	 * @throws UserInputException naming the parameter at fault
	 */
	AuditFilter read(String from, String to, String actor, String action, String entityType, String entityId,
			String outcome, Long before, String askedNames,
			Supplier<? extends java.util.Collection<String>> recordedActions,
			Supplier<? extends java.util.Collection<String>> recordedTypes) {
		// refused, not answered with nothing found, nor read as a code once strip() took the control characters around it;
		// a search's text also when longer than its box takes
		InvalidParameter.requirePlainText("from", from);
		InvalidParameter.requirePlainText("to", to);
		SearchText.require("actor", actor);
		InvalidParameter.requirePlainText("action", action);
		InvalidParameter.requirePlainText("entityType", entityType);
		SearchText.require("entityId", entityId);
		InvalidParameter.requirePlainText("outcome", outcome);
		SearchText.require("askedNames", askedNames);
		Instant start = time("from", from, false);
		Instant end = time("to", to, true);
		if (start != null && end != null && !start.isBefore(end)) {
			throw new UserInputException("to", "audit.filter.toBeforeFrom");
		}
		String code = code(action, Locale.ROOT, true);
		if (code != null && !labelled("audit.action." + code) && !recordedActions.get().contains(code)) {
			throw new UserInputException("action", "audit.filter.action.unknown");
		}
		String type = code(entityType, Locale.ROOT, false);
		if (type != null && !labelled("audit.entityType." + type) && !recordedTypes.get().contains(type)) {
			throw new UserInputException("entityType", "audit.filter.entityType.unknown");
		}
		String result = code(outcome, Locale.ROOT, true);
		if (result != null && !OUTCOMES.contains(result)) {
			throw new UserInputException("outcome", "audit.filter.outcome.unknown");
		}
		return new AuditFilter(start, end, blankToNull(actor), code, type, recordId(entityId), result, before,
				askedNames(askedNames));
	}

	/** The digest of a search's names, as the trail stores it: eight hexadecimal digits in lower case. */
	private static String askedNames(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		java.util.regex.Matcher digest = ASKED_NAMES.matcher(value.strip());
		if (!digest.matches()) {
			throw new UserInputException("askedNames", "audit.filter.askedNames.invalid");
		}
		return digest.group(1).toLowerCase(Locale.ROOT);
	}

	/** A date-time with its offset; a date alone is the start of that day, or with {@code endOfDay} its end. */
	static Instant time(String parameter, String value, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return text.length() == 10 ? day(LocalDate.parse(text), endOfDay) : OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException ex) {
			throw new UserInputException(parameter, "audit.filter.time.invalid", parameter);
		}
	}

	static Instant day(LocalDate day, boolean endOfDay) {
		return day == null ? null : (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

	private boolean labelled(String key) {
		return messages.getMessage(key, null, null, Locale.ENGLISH) != null;
	}

	private static String code(String value, Locale locale, boolean upper) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return upper ? value.strip().toUpperCase(locale) : value.strip().toLowerCase(locale);
	}

	/** Ids are stored as they were given; a UUID's are lower case, so one in upper case is found too. */
	private static String recordId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String id = value.strip();
		return UUID_TEXT.matcher(id).matches() ? id.toLowerCase(Locale.ROOT) : id;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
