package org.opennrm.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.organisation.internal.Organisations;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.UserInputException;

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
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<Organisation> find(UUID id) {
		return organisations.find(id);
	}

	/** Organisations are not personal data; the forms that choose one list them. */
	@PermitAll
	@Transactional(readOnly = true)
	public List<Organisation> list(OrganisationFilter filter) {
		return organisations.list(filter);
	}

	/** A count only; the demo loads into a database that has none. */
	@PermitAll
	@Transactional(readOnly = true)
	public long count() {
		return organisations.count();
	}

	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional
	public Organisation create(OrganisationForm form) {
		Organisation created = nameMustBeFree(() -> organisations.insert(UUID.randomUUID(), form));
		events.publishEvent(new OrganisationCreated(created.id(), created.name()));
		return created;
	}

	/**
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone else changed the
	 * organisation since {@code expectedVersion}
	 */
	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional
	public Organisation update(UUID id, int expectedVersion, OrganisationForm form) {
		organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
		Organisation updated = nameMustBeFree(() -> organisations.update(id, expectedVersion, form));
		events.publishEvent(new OrganisationChanged(updated.id(), updated.name()));
		return updated;
	}

	/** Activates or deactivates; the accounts of an inactive organisation cannot sign in. */
	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional
	public Organisation setActive(UUID id, boolean active) {
		Organisation changed = organisations.setActive(id, active).orElseThrow(() -> new NotFoundException("organisation"));
		events.publishEvent(new OrganisationChanged(changed.id(), changed.name()));
		return changed;
	}

	/** The database's unique constraint decides, so two administrators saving at once cannot both win. */
	private static Organisation nameMustBeFree(java.util.function.Supplier<Organisation> write) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException ex) {
			throw new UserInputException("name", "organisation.name.taken");
		}
	}

}
