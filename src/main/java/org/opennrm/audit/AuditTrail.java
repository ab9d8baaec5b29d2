package org.opennrm.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.audit.internal.AuditChainVerifier;
import org.opennrm.audit.internal.AuditEntries;
import org.opennrm.audit.internal.ChainCheckRunner;
import org.opennrm.identity.AccountNames;
import org.opennrm.shared.AuditableEvent;

/**
 * Reading and checking the audit trail. Entries are written by the audit module itself from the
 * {@link AuditableEvent}s other modules publish; nobody writes them directly. Reading the trail is itself
 * recorded in it.
 */
@Service
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	private final AuditEntries entries;
	private final AuditChainVerifier verifier;
	private final ApplicationEventPublisher events;
	private final ChainCheckRunner checks;
	private final AccountNames accounts;

	AuditTrail(AuditEntries entries, AuditChainVerifier verifier, ApplicationEventPublisher events,
			ChainCheckRunner checks, AccountNames accounts) {
		this.entries = entries;
		this.verifier = verifier;
		this.events = events;
		this.checks = checks;
		this.accounts = accounts;
	}

	/**
	 * Entries that match the filter, newest first. Its {@code actor} finds the entries of every actor whose name (as the
	 * entry names it: a user name, {@code api:} and a client's name, {@code system:} and a job's) contains it, and
	 * those of every account whose full name does, as people type them.
	 */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Transactional
	public List<AuditEntry> search(AuditFilter filter) {
		// the search first, then its own entry: the trail's lock, which every audited action on every node waits
		// for, is taken by the entry and held to the commit, not through a search that may read the whole table.
		// Should the entry fail, the transaction fails and nothing read is shown.
		List<AuditEntry> found = entries.search(filter,
				filter.actor() == null ? Set.of() : accounts.withFullNameContaining(filter.actor()), PAGE_SIZE);
		events.publishEvent(new AuditTrailRead(null));
		return found;
	}

	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Transactional
	public Optional<AuditEntry> find(long seq) {
		Optional<AuditEntry> found = entries.find(seq);
		events.publishEvent(new AuditTrailRead(String.valueOf(seq)));
		return found;
	}

	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Transactional(readOnly = true)
	public List<String> actions() {
		return entries.actions();
	}

	/** The kinds of record the trail's entries name ({@code api_client}, {@code person}, …). */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return entries.entityTypes();
	}

	@PreAuthorize("hasAuthority('AUDIT_READ')")
	public ChainVerification verify() {
		events.publishEvent(new AuditChainCheckStarted());
		return verifier.verify();
	}

	/** Starts a check of the chain in the background on this server, or gives the one running ({@link ChainCheck}). */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	public ChainCheck startCheck() {
		events.publishEvent(new AuditChainCheckStarted());
		return checks.start();
	}

	/** The check running on this server, or the last one run since it started. */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	public Optional<ChainCheck> lastCheck() {
		return checks.last();
	}

	/**
	 * When a check last found the trail intact on this server (nightly, or asked for), and up to which entry; without
	 * reading the trail. An old date says the nightly check has not passed since.
	 */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	public Optional<LastIntactCheck> lastIntactCheck() {
		return verifier.lastIntactCheck();
	}

	/** Someone asked for the chain to be checked (the nightly check is not asked for by anyone, and not written). */
	record AuditChainCheckStarted() implements AuditableEvent {

		@Override
		public String action() {
			return "AUDIT_CHAIN_CHECK_STARTED";
		}

		@Override
		public String entityType() {
			return "audit_entry";
		}

		@Override
		public String entityId() {
			return null;
		}

	}

	/** The trail was read by an auditor. */
	record AuditTrailRead(String entityId) implements AuditableEvent {

		@Override
		public String action() {
			return "AUDIT_TRAIL_READ";
		}

		@Override
		public String entityType() {
			return "audit_entry";
		}

	}

}
