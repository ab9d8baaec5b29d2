package org.opennrm.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.opennrm.audit.AuditEntry;
import org.opennrm.audit.AuditTrail;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.SearchText;
import org.opennrm.shared.UserInputException;

/** The auditor's screens: the trail with filters, one entry, and the chain check. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

	private final AuditTrail trail;
	private final MessageSource messages;
	private final OrganisationManagement organisations;

	AuditController(AuditTrail trail, MessageSource messages, OrganisationManagement organisations) {
		this.trail = trail;
		this.messages = messages;
		this.organisations = organisations;
	}

	/**
	 * The filter as the form sends it: dates are whole days in OpenNRM's time zone; the names, ids and codes searched for
	 * are text a person typed (no longer than its box takes), or chose. Each is read as text, and refused at its field
	 * when it is none of its kind: an
	 * address edited by hand or a damaged link ({@code from=2026-02-30}, {@code before=abc}) is told as a filter that
	 * cannot be read, where a value Spring could not convert left no form to show the page with (an unexpected error).
	 */
	record Form(@PlainText(label = "audit.filter.from") String from, @PlainText(label = "audit.filter.to") String to,
			@Size(max = SearchText.MAX_LENGTH) @PlainText(label = "audit.actor") String actor,
			@PlainText(label = "audit.action") String action, @PlainText(label = "audit.entityType") String entityType,
			@Size(max = SearchText.MAX_LENGTH) @PlainText(label = "audit.entityId") String entityId,
			@PlainText(label = "audit.outcome") String outcome, @PlainText(label = "audit.filter.page") String before,
			@Size(max = SearchText.MAX_LENGTH) @PlainText(label = "audit.filter.askedNames") String askedNames) {
	}

	/** A day as the date field sends it ({@code 2026-12-06}), or as a Turkish date is written ({@code 6.12.2026}). */
	private static final DateTimeFormatter DAY_WITH_DOTS = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * A filter that cannot be read (a day that is none, "to" before "from", a code unknown, a name or id that no one
	 * could have typed) is told at its field.
	 */
	@GetMapping
	String list(@Valid @ModelAttribute("form") Form form, BindingResult errors, Model model) {
		List<String> actions = trail.actions();
		List<AuditEntry> entries = List.of();
		String from = day("from", form.from(), errors);
		String to = day("to", form.to(), errors);
		Long before = page(form.before(), errors);
		if (!errors.hasErrors()) {
			try {
				entries = trail.search(new AuditQuery(messages).read(from, to, form.actor(), form.action(),
						form.entityType(), form.entityId(), form.outcome(), before, form.askedNames(), () -> actions,
						trail::entityTypes));
			}
			catch (UserInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		model.addAttribute("entries", entries);
		model.addAttribute("refused", errors.hasErrors());
		model.addAttribute("actions", actions);
		model.addAttribute("entityTypes", entityTypes());
		model.addAttribute("next", entries.size() == AuditTrail.PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
		return "audit/list";
	}

	/** The day {@code value} names, as {@link AuditQuery} reads it ({@code 2026-12-06}); refused at the field if none. */
	private static String day(String field, String value, BindingResult errors) {
		if (value == null || value.isBlank() || errors.hasFieldErrors(field)) {
			return null;
		}
		String text = value.strip();
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
				DAY_WITH_DOTS)) {
			try {
				return LocalDate.parse(text, format).toString();
			}
			catch (DateTimeParseException notThisWay) {
				// the next way of writing a day
			}
		}
		errors.rejectValue(field, "audit.filter.day.invalid");
		return null;
	}

	/** The page's position, from the "next page" link: a number, or the link was damaged. */
	private static Long page(String before, BindingResult errors) {
		if (before == null || before.isBlank() || errors.hasFieldErrors("before")) {
			return null;
		}
		try {
			return Long.valueOf(before.strip());
		}
		catch (NumberFormatException damaged) {
			errors.rejectValue("before", "audit.filter.page.invalid");
			return null;
		}
	}

	/** The record types to choose from: those with a label, and any other the trail holds. */
	private List<String> entityTypes() {
		java.util.SortedSet<String> types = new java.util.TreeSet<>(AuditLabels.ENTITY_TYPES);
		types.addAll(trail.entityTypes());
		return List.copyOf(types);
	}

	/** The entry, with its actor's organisation named as it is named now (the entry keeps its id). */
	@GetMapping("/{seq}")
	String entry(@PathVariable long seq, Model model) {
		AuditEntry entry = trail.find(seq).orElseThrow(() -> new NotFoundException("audit entry"));
		model.addAttribute("entry", entry);
		model.addAttribute("organisationName", entry.actorOrganisationId() == null ? null
				: organisations.find(entry.actorOrganisationId()).map(Organisation::name).orElse(null));
		return "audit/entry";
	}

	/**
	 * Starts a check in the background (or joins the one running) and shows its page: no request waits for the whole
	 * trail to be read.
	 */
	@PostMapping("/verification")
	String verify() {
		trail.startCheck();
		return "redirect:/audit/verification";
	}

	@GetMapping("/verification")
	String verification(Model model) {
		model.addAttribute("last", trail.lastIntactCheck().orElse(null));
		model.addAttribute("check", trail.lastCheck().orElse(null));
		return "audit/verification";
	}

	/** The check's progress or outcome alone, which the page asks for every two seconds while the check runs. */
	@GetMapping("/verification/progress")
	String progress(Model model) {
		model.addAttribute("check", trail.lastCheck().orElse(null));
		return "audit/verification :: check";
	}

}
