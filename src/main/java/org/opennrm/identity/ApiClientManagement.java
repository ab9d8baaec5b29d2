package org.opennrm.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.opennrm.identity.internal.ApiClients;
import org.opennrm.identity.internal.ApiTokens;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.UserInputException;

/** Issuing and revoking tokens for system-to-system API clients. */
@Service
public class ApiClientManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiClients clients;
	private final OrganisationManagement organisations;

	ApiClientManagement(ApiClients clients, OrganisationManagement organisations) {
		this.clients = clients;
		this.organisations = organisations;
	}

	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional
	public IssuedApiClient issue(NewApiClient request) {
		return issueUnchecked(request, CurrentUser.get().map(CurrentUser::id).orElse(null));
	}

	/** For tests and administrative commands. */
	@Transactional
	public IssuedApiClient issueUnchecked(NewApiClient request, UUID createdBy) {
		if (!request.role().allowedScopes().contains(request.effectiveScope())) {
			throw new UserInputException("scope", "user.scope.notAllowed");
		}
		organisations.find(request.organisationId())
			.orElseThrow(() -> new UserInputException("organisationId", "user.organisation.unknown"));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = ApiTokens.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		clients.insert(id, request.name().strip(), ApiTokens.hash(token), token.substring(0, 12), request.role(),
				request.effectiveScope(), request.organisationId(), request.expiresAt(), createdBy);
		ApiClient client = clients.list().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
		return new IssuedApiClient(client, token);
	}

	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional(readOnly = true)
	public List<ApiClient> list() {
		return clients.list();
	}

	@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
	@Transactional
	public boolean revoke(UUID id) {
		return clients.revoke(id);
	}

}
