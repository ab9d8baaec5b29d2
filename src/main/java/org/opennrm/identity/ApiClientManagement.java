package org.opennrm.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.identity.internal.ApiClients;
import org.opennrm.identity.internal.ApiTokens;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.AuditableBatch;
import org.opennrm.shared.AuditableEvent;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.TextFolding;
import org.opennrm.shared.UserInputException;

/**
 * Issuing and revoking tokens for system-to-system API clients. A client is issued only if its token can work (an
 * active organisation, an expiry to come), with a role that its organisation's type may hold
 * ({@link RoleOrganisationTypes}), and only under a name no other active client of its organisation has as people read
 * it ({@link TextFolding#fold}: "GOC SUBE" is "Göç Şube"): the audit trail names a client by its name. The screens and
 * the API go through the same rules here.
 */
@Service
public class ApiClientManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiClients clients;
	private final OrganisationManagement organisations;
	private final RoleOrganisationTypes roleTypes;
	private final ApplicationEventPublisher events;

	ApiClientManagement(ApiClients clients, OrganisationManagement organisations, RoleOrganisationTypes roleTypes,
			ApplicationEventPublisher events) {
		this.clients = clients;
		this.organisations = organisations;
		this.roleTypes = roleTypes;
		this.events = events;
	}

	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional
	public IssuedApiClient issue(NewApiClient request) {
		// created_by names a person: the one behind an issuing client too (who may not then change their own role
		// through either token, UserManagement); a client issued by a system job has none
		CurrentUser actor = CurrentUser.require();
		// revoked since its token was read (the clients it issued are revoked with it): refused as the token now is
		if (actor.kind() == CurrentUser.Kind.API_CLIENT && !clients.lockActiveIssuer(actor.id())) {
			throw new AccessDeniedException("the issuing client was revoked");
		}
		UUID createdBy = switch (actor.kind()) {
			case USER -> actor.id();
			case API_CLIENT -> clients.issuedBy(actor.id()).orElse(null);
			case SYSTEM -> null;
		};
		request.role().mustBeGivable(request.effectiveScope());
		// held until the client is saved: its type cannot change in between (OrganisationTypeCheck)
		Organisation organisation = organisations.findHeld(request.organisationId())
			.orElseThrow(() -> new UserInputException("organisationId", "user.organisation.unknown"));
		// a client that could never call: its token would be refused from the start
		if (!organisation.active()) {
			throw new UserInputException("organisationId", "apiClient.organisation.inactive");
		}
		roleTypes.mustFit(request.role(), organisation.type(), "user.role.organisationType");
		if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
			throw new UserInputException("expiresAt", "apiClient.expiresAt.past");
		}
		// saved as names are (one space between words, no invisible characters), and so a name of those alone is none
		String name = TextFolding.tidyName(request.name());
		if (name == null || name.isEmpty()) {
			throw new UserInputException("name", "NotBlank");
		}
		if (clients.activeNameTaken(request.organisationId(), name)) {
			throw new UserInputException("name", "apiClient.name.taken");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = ApiTokens.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		try {
			clients.insert(id, name, ApiTokens.hash(token), token.substring(0, 12), request.role(),
					request.effectiveScope(), request.organisationId(), request.expiresAt(), createdBy,
					actor.kind() == CurrentUser.Kind.API_CLIENT ? actor.id() : null);
		}
		catch (DuplicateKeyException sameNameAtOnce) {
			// issued at the same moment by another request: the unique index decided
			throw new UserInputException("name", "apiClient.name.taken");
		}
		ApiClient client = clients.find(id).orElseThrow();
		events.publishEvent(new ApiClientIssued(id, request.role()));
		return new IssuedApiClient(client, token);
	}

	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional(readOnly = true)
	public List<ApiClient> list() {
		return clients.list();
	}

	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional(readOnly = true)
	public Optional<ApiClient> find(UUID id) {
		return clients.find(id);
	}

	/**
	 * Revokes the client's token for good; it is refused from the next request on. So are the clients it issued, and
	 * those they issued: whoever held its token may have issued them. Each is an entry in the audit trail.
	 * @return the client, revoked
	 */
	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional
	public ApiClient revoke(UUID id) {
		List<UUID> revoked = clients.revoke(id);
		if (!revoked.isEmpty()) {
			events.publishEvent(new AuditableBatch(revoked.stream()
				.<AuditableEvent>map(client -> new ApiClientRevoked(client, client.equals(id) ? null : id)).toList()));
		}
		return clients.find(id).orElseThrow(() -> new NotFoundException("api client"));
	}

}
