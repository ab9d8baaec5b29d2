package org.opennrm.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.opennrm.audit.AuditEntry;
import org.opennrm.audit.AuditFilter;
import org.opennrm.audit.AuditTrail;
import org.opennrm.shared.NotFoundException;

/** The auditor's screens: the trail with filters, one entry, and the chain check. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	/** The filter as the form sends it: dates are whole days in the server's time zone. */
	record Form(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String actor, String action, String entityType,
			String entityId, String outcome, Long before) {

		AuditFilter toFilter() {
			ZoneId zone = ZoneId.systemDefault();
			return new AuditFilter(from == null ? null : from.atStartOfDay(zone).toInstant(),
					to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), actor, action, entityType, entityId,
					outcome, before);
		}

	}

	@GetMapping
	String list(Form form, Model model) {
		List<AuditEntry> entries = trail.search(form.toFilter());
		model.addAttribute("form", form);
		model.addAttribute("entries", entries);
		model.addAttribute("actions", trail.actions());
		model.addAttribute("next", entries.size() == AuditTrail.PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
		return "audit/list";
	}

	@GetMapping("/{seq}")
	String entry(@PathVariable long seq, Model model) {
		model.addAttribute("entry", trail.find(seq).orElseThrow(() -> new NotFoundException("audit entry")));
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
