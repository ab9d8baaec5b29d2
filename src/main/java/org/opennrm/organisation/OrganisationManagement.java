package org.opennrm.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.organisation.internal.Organisations;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.PhoneNumbers;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.TextFolding;
import org.opennrm.shared.UserInputException;

/** Creating, changing and finding organisations. */
@Service
public class OrganisationManagement {

	private final Organisations organisations;
	private final PhoneNumbers phones;
	private final ApplicationEventPublisher events;
	/** Found when asked: a module that checks a change of type may look organisations up too. */
	private final ObjectProvider<OrganisationTypeCheck> typeChecks;
	/** Found when asked, as the type checks are. */
	private final ObjectProvider<OrganisationDeactivationCheck> deactivationChecks;

	OrganisationManagement(Organisations organisations, PhoneNumbers phones, ApplicationEventPublisher events,
			ObjectProvider<OrganisationTypeCheck> typeChecks,
			ObjectProvider<OrganisationDeactivationCheck> deactivationChecks) {
		this.organisations = organisations;
		this.phones = phones;
		this.events = events;
		this.typeChecks = typeChecks;
		this.deactivationChecks = deactivationChecks;
	}

	/** Any module may look an organisation up; organisations are not personal data. */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<Organisation> find(UUID id) {
		return organisations.find(id);
	}

	/**
	 * The organisation, held as it is ({@code for share}) until the caller's transaction ends: for a record that depends
	 * on its type (the role of an account), so that the type cannot change between the check and the record's saving.
	 */
	@PermitAll
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Organisation> findHeld(UUID id) {
		return organisations.findForShare(id);
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

	/**
	 * The organisation that has this name as people read it (case, Turkish letters, spaces set aside), other than
	 * {@code except} (the one being changed, or null): for a form that reports it with its other errors. Saving checks
	 * again.
	 */
	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional(readOnly = true)
	public Optional<String> holderOfName(String name, UUID except) {
		return name == null || TextFolding.fold(name).isEmpty() ? Optional.empty()
				: organisations.holderOfName(name, except);
	}

	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional
	public Organisation create(OrganisationForm form) {
		mustBePlainText(form);
		nameMustBeFree(form.name(), null);
		OrganisationForm stored = form.withPhone(phones.stored("phone", form.phone()));
		Organisation created = savedUnlessNameTaken(() -> organisations.insert(UUID.randomUUID(), stored));
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
		Organisation before = organisations.findForUpdate(id).orElseThrow(() -> new NotFoundException("organisation"));
		mustBePlainText(form);
		nameMustBeFree(form.name(), id);
		if (form.type() != null && form.type() != before.type()) {
			typeChecks.orderedStream().forEach(check -> check.typeMayChange(before, form.type()));
		}
		if (before.active() && Boolean.FALSE.equals(form.active())) {
			deactivationChecks.orderedStream().forEach(check -> check.mayDeactivate(before));
		}
		OrganisationForm stored = form.withPhone(phones.stored("phone", form.phone()));
		Organisation updated = savedUnlessNameTaken(() -> organisations.update(id, expectedVersion, stored));
		List<String> fields = changedFields(before, updated);
		List<String> edited = fields.stream().filter(field -> !field.equals("active")).toList();
		// switching on or off is its own entry; a save that changed nothing is still a save
		if (!edited.isEmpty() || fields.isEmpty()) {
			events.publishEvent(OrganisationChanged.edited(updated, edited));
		}
		if (before.active() != updated.active()) {
			events.publishEvent(OrganisationChanged.switched(updated));
		}
		return updated;
	}

	/**
	 * Activates or deactivates; the accounts of an inactive organisation cannot sign in. A deactivation that would
	 * lock out the one acting, or everyone who could activate the organisation again, is refused
	 * ({@link OrganisationDeactivationCheck}).
	 */
	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Transactional
	public Organisation setActive(UUID id, boolean active) {
		if (!active) {
			Organisation before = organisations.findForUpdate(id)
				.orElseThrow(() -> new NotFoundException("organisation"));
			if (before.active()) {
				deactivationChecks.orderedStream().forEach(check -> check.mayDeactivate(before));
			}
		}
		boolean switched = organisations.setActive(id, active);
		Organisation now = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
		if (switched) {
			events.publishEvent(OrganisationChanged.switched(now));
		}
		return now;
	}

	/** The names of the form's fields whose saved values differ. */
	private static List<String> changedFields(Organisation before, Organisation after) {
		List<String> fields = new ArrayList<>();
		changed(fields, "name", before.name(), after.name());
		changed(fields, "type", before.type(), after.type());
		changed(fields, "provinceCode", before.provinceCode(), after.provinceCode());
		changed(fields, "address", before.address(), after.address());
		changed(fields, "phone", before.phone(), after.phone());
		changed(fields, "email", before.email(), after.email());
		changed(fields, "website", before.website(), after.website());
		changed(fields, "active", before.active(), after.active());
		return fields;
	}

	private static void changed(List<String> fields, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(field);
		}
	}

	/**
	 * The screens and the API validate first; this is for every other caller, so that no control character (a NUL,
	 * which PostgreSQL refuses, or a direction override) is stored, and no name of invisible characters only.
	 */
	private static void mustBePlainText(OrganisationForm form) {
		plain("name", "organisation.name", form.name(), false);
		plain("address", "organisation.address", form.address(), true);
		plain("phone", "organisation.phone", form.phone(), false);
		plain("email", "organisation.email", form.email(), false);
		plain("website", "organisation.website", form.website(), false);
		plain("provinceCode", "organisation.province", form.provinceCode(), false);
		if (form.name() == null || TextFolding.tidyName(form.name()).isEmpty()) {
			throw new UserInputException("name", "NotBlank");
		}
	}

	private static void plain(String field, String label, String value, boolean multiline) {
		if (value != null && !PlainText.Check.allowed(value, multiline)) {
			throw new UserInputException(field, "PlainText", field, new DefaultMessageSourceResolvable(label));
		}
	}

	/** Checked first to name the organisation that has the name; the unique index decides a race (below). */
	private void nameMustBeFree(String name, UUID except) {
		Optional<String> holder = organisations.holderOfName(name, except);
		if (holder.isPresent()) {
			throw new UserInputException("name", "organisation.name.takenBy", holder.get());
		}
	}

	/** The database's unique constraint decides, so two administrators saving at once cannot both win. */
	private static Organisation savedUnlessNameTaken(java.util.function.Supplier<Organisation> write) {
		try {
			return write.get();
		}
		catch (DuplicateKeyException ex) {
			throw new UserInputException("name", "organisation.name.taken");
		}
	}

}
