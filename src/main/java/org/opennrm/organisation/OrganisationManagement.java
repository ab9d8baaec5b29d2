package org.opennrm.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.organisation.internal.Organisations;

/** Creating, changing and finding organisations. */
@Service
public class OrganisationManagement {

	private final Organisations organisations;
	private final ApplicationEventPublisher events;

	OrganisationManagement(Organisations organisations, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.events = events;
	}

	/** Any module may look an organisation up; organisations are not personal data. */
	@Transactional(readOnly = true)
	public Optional<Organisation> find(UUID id) {
		return organisations.find(id);
	}

	@Transactional(readOnly = true)
	public List<Organisation> list(OrganisationFilter filter) {
		return organisations.list(filter);
	}

	@Transactional(readOnly = true)
	public long count() {
		return organisations.count();
	}

	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional
	public Organisation create(OrganisationForm form) {
		return createUnchecked(form);
	}

	/** For the first start and the demo, before anyone is signed in. */
	@Transactional
	public Organisation createUnchecked(OrganisationForm form) {
		Organisation created = organisations.insert(UUID.randomUUID(), form);
		events.publishEvent(new OrganisationCreated(created.id(), created.name()));
		return created;
	}

	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional
	public Organisation update(UUID id, int expectedVersion, OrganisationForm form) {
		Organisation updated = organisations.update(id, expectedVersion, form);
		events.publishEvent(new OrganisationChanged(updated.id(), updated.name()));
		return updated;
	}

}
