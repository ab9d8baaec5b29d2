package org.opennrm.audit.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.audit.AuditEntry;
import org.opennrm.audit.AuditFilter;
import org.opennrm.audit.AuditTrail;
import org.opennrm.audit.ChainCheck;
import org.opennrm.audit.ChainVerification;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
@Tag(name = "Audit trail", description = "Who saw and changed what; for auditors")
class AuditApi {

	private final AuditTrail trail;

	AuditApi(AuditTrail trail) {
		this.trail = trail;
	}

	record Page(List<AuditEntry> entries, Long next) {
	}

	@GetMapping("/entries")
	@Operation(summary = "Audit entries, newest first, 50 a page; pass `next` as `before` for the next page")
	Page entries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) Long before) {
		List<AuditEntry> entries = trail.search(new AuditFilter(from, to, actor, action, entityType, entityId, outcome, before));
		return new Page(entries, entries.size() == AuditTrail.PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
	}

	@GetMapping("/verification")
	@Operation(summary = "Walks the hash chain and names the first entry that does not fit, if any; answers when the "
			+ "whole trail is read (for a long trail, start a check with POST /verification/checks instead)")
	ChainVerification verification() {
		return trail.verify();
	}

	@PostMapping("/verification/checks")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Starts a check of the hash chain in the background on this server, or gives the one running; "
			+ "read its progress and outcome with GET /verification/checks/last")
	ChainCheck startCheck() {
		return trail.startCheck();
	}

	@GetMapping("/verification/checks/last")
	@Operation(summary = "The check running on this server, or the last one run since it started: progress "
			+ "(checked of about total entries) and, once done, the outcome")
	ResponseEntity<ChainCheck> lastCheck() {
		return ResponseEntity.of(trail.lastCheck());
	}

}
