package org.opennrm.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.opennrm.encryption.IndexKeyStatus;
import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.SystemActor;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;

/**
 * Writes every {@link AuditableEvent} into the chain, in the publisher's transaction: if the entry cannot be
 * written, the audited operation fails with it. The acting user and the request come from the thread that
 * published the event.
 */
@Component
public class AuditRecorder {

	private final AuditEntries entries;
	private final AuditChain chain;
	private final IndexKeyStatus indexKeys;

	AuditRecorder(AuditEntries entries, AuditChain chain, IndexKeyStatus indexKeys) {
		this.entries = entries;
		this.chain = chain;
		this.indexKeys = indexKeys;
	}

	@EventListener
	@Transactional
	public void on(AuditableEvent event) {
		append(List.of(event));
	}

	/** Each event of the batch its own entry, chained in order; the chain is locked and read once. */
	@EventListener
	@Transactional
	public void on(AuditableBatch batch) {
		if (!batch.events().isEmpty()) {
			append(batch.events());
		}
	}

	private void append(List<AuditableEvent> events) {
		// the time once the chain is ours, so that the entries' times follow their order in the chain
		entries.lockChain();
		AuditEntries.Last last = entries.last();
		byte[] previous = last.hash();
		List<AuditEntries.Appended> chained = new ArrayList<>(events.size());
		String key = chain.activeKeyId();
		if (last.indexKey() != null && !last.indexKey().equals(key)) {
			// the entry that superseded it is under the new key: this check runs before the first entry that would follow
			indexKeys.refuseIfActiveKeySuperseded();
		}
		Mac mac = chain.macFor(key);
		for (AuditableEvent event : events) {
			AuditChain.Fields f = fields(event);
			byte[] hash = AuditChain.hash(mac, previous, f);
			chained.add(new AuditEntries.Appended(f, previous, hash, key));
			previous = hash;
		}
		entries.insertAll(chained);
	}

	/** The event with the acting user and the request, as the publishing thread has them. */
	private AuditChain.Fields fields(AuditableEvent event) {
		Optional<CurrentUser> user = CurrentUser.get();
		Optional<HttpServletRequest> request = currentRequest();
		// work where no one acts, outside a request: named by the event's job, if it names one
		String job = user.isEmpty() && request.isEmpty() ? event.systemJob() : null;
		String kind = user.map(u -> u.kind().name()).orElse(request.isPresent() ? "ANONYMOUS" : "SYSTEM");
		UUID actorId = user.map(CurrentUser::id).orElse(job == null ? null : SystemActor.idOf(job));
		String actorName = user.map(CurrentUser::username).orElse(job == null ? null : SystemActor.nameOf(job));
		AuditableEvent.Asked asked = event.asked();
		return new AuditChain.Fields(Instant.now(), actorId, actorName, kind,
				user.map(CurrentUser::organisationId).orElse(null), user.map(u -> u.role().name()).orElse(null),
				event.action(), event.entityType(), event.entityId(), event.outcome(), event.purpose(),
				request.map(HttpServletRequest::getRemoteAddr).orElse(null),
				request.map(r -> r.getMethod() + " " + r.getRequestURI()).orElse(null),
				asked == null ? null : String.join(",", asked.fields()), asked == null ? null : asked.names());
	}

	private static Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

}
