package org.opennrm.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.identity.internal.ApiClients;
import org.opennrm.identity.internal.ApiTokens;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.UserInputException;

/** Issuing and revoking tokens for system-to-system API clients. */
@Service
public class ApiClientManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiClients clients;
	private final OrganisationManagement organisations;
	private final ApplicationEventPublisher events;

	ApiClientManagement(ApiClients clients, OrganisationManagement organisations, ApplicationEventPublisher events) {
		this.clients = clients;
		this.organisations = organisations;
		this.events = events;
	}

	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional
	public IssuedApiClient issue(NewApiClient request) {
		// created_by names a person; a client issued by another client or by a system job has none
		UUID createdBy = CurrentUser.get().filter(u -> u.kind() == CurrentUser.Kind.USER).map(CurrentUser::id)
			.orElse(null);
		request.role().mustBeGivable(request.effectiveScope());
		organisations.find(request.organisationId())
			.orElseThrow(() -> new UserInputException("organisationId", "user.organisation.unknown"));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = ApiTokens.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		clients.insert(id, request.name().strip(), ApiTokens.hash(token), token.substring(0, 12), request.role(),
				request.effectiveScope(), request.organisationId(), request.expiresAt(), createdBy);
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
	 * Revokes the client's token for good; it is refused from the next request on.
	 * @return the client, revoked
	 */
	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional
	public ApiClient revoke(UUID id) {
		if (clients.revoke(id)) {
			events.publishEvent(new ApiClientRevoked(id));
		}
		return clients.find(id).orElseThrow(() -> new NotFoundException("api client"));
	}

}
