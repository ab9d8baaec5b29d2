package org.opennrm.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
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
import org.opennrm.audit.AuditTrail;
import org.opennrm.audit.ChainCheck;
import org.opennrm.audit.ChainVerification;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
@Tag(name = "Audit trail", description = "Who saw and changed what; for auditors")
class AuditApi {

	private final AuditTrail trail;
	private final MessageSource messages;

	AuditApi(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	record Page(List<AuditEntry> entries, Long next) {
	}

	@GetMapping("/entries")
	@Operation(summary = "Audit entries, newest first, 50 a page; pass `next` as `before` for the next page",
			description = "Codes (`action`, `outcome`, `entityType`) are taken in any case; one OpenNRM does not know is "
					+ "refused (400, naming the parameter), as is any filter's value holding a control character or a "
					+ "hidden direction mark, and a text searched for (`actor`, `entityId`, `askedNames`) longer than 200 "
					+ "characters, as the screen's search boxes. A record id that is a UUID is found in any case. A candidate search's entry "
					+ "says what it asked: `askedFields`, the fields it gave by their codes (names, birthDate, birthYear, "
					+ "sex, citizenship; never their values), and `askedNames`, a keyed digest of its names under the "
					+ "entry's `indexKey`, the same for one name however it was written; null on other entries.")
	Page entries(
			@Parameter(description = "From this time on: a date-time with its offset (2026-12-06T00:00:00+03:00, "
					+ "2026-12-06T00:00:00Z), or a date alone (2026-12-06), the start of that day in OpenNRM's time zone "
					+ "(opennrm.time-zone, Europe/Istanbul unless set)") @RequestParam(required = false) String from,
			@Parameter(description = "Before this time: a date-time with its offset, or a date alone, which includes that "
					+ "whole day in OpenNRM's time zone; not before `from`") @RequestParam(required = false) String to,
			@Parameter(description = "Part of the actor's name (a user name, an API client's, a job's) or of an "
					+ "account's full name, as people type it (case and Turkish letters aside)")
			@RequestParam(required = false) String actor,
			@Parameter(description = "An action, e.g. LOGIN, ACCESS_REFUSED") @RequestParam(required = false) String action,
			@Parameter(description = "A kind of record, e.g. person, api_client") @RequestParam(required = false)
			String entityType,
			@RequestParam(required = false) String entityId,
			@Parameter(description = "SUCCESS or FAILURE") @RequestParam(required = false) String outcome,
			@RequestParam(required = false) Long before,
			@Parameter(description = "The searches of one name: the digest of their names (`askedNames` of an entry, "
					+ "8 hexadecimal digits, with or without a leading #), a search's or a refused one's "
					+ "(MATCH_SEARCH, MATCH_SEARCH_REFUSED)") @RequestParam(required = false)
			String askedNames) {
		List<AuditEntry> entries = trail.search(new AuditQuery(messages).read(from, to, actor, action, entityType,
				entityId, outcome, before, askedNames, trail::actions, trail::entityTypes));
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
