package org.opennrm.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.identity.ApiClient;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.internal.RoleMisfits;
import org.opennrm.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/api-clients")
@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
@Tag(name = "API clients", description = "Tokens for system-to-system clients (needs API_CLIENT_MANAGE)")
class ApiClientApi {

	private final ApiClientManagement clients;
	private final RoleMisfits misfits;

	ApiClientApi(ApiClientManagement clients, RoleMisfits misfits) {
		this.clients = clients;
		this.misfits = misfits;
	}

	/** A client without its token, which is not kept. */
	record ApiClientResource(UUID id, String name, String tokenPrefix, Role role, Scope scope, UUID organisationId,
			@Schema(description = "false: the client's organisation is of a type that does not hold its role (issued "
					+ "before roles were checked against organisations' types, or under a wider setting; README, "
					+ "\"Roles and organisations\"). Its token keeps working, marked so on the screens; a client's role "
					+ "does not change: revoke it and issue one with a role that fits") boolean roleFitsOrganisation,
			@Schema(description = "false once revoked; whether the token works is `status`") boolean active,
			@Schema(description = "The token is refused from this instant on; null: it never expires") Instant expiresAt,
			Instant lastUsedAt,
			@Schema(description = "Whether the token works now: ACTIVE; REVOKED and EXPIRED for good; "
					+ "ORGANISATION_INACTIVE while the client's organisation is deactivated; ISSUER_INACTIVE while the person who"
					+ " issued it, or their organisation, is deactivated, or they are no longer a system administrator") ApiClient.Status status) {

		static ApiClientResource of(ApiClient c, boolean roleFits) {
			return new ApiClientResource(c.id(), c.name(), c.tokenPrefix(), c.role(), c.scope(), c.organisationId(),
					roleFits, c.active(), c.expiresAt(), c.lastUsedAt(), c.status());
		}

	}

	/** A new client and its token, which this response shows for the only time. */
	record IssuedApiClientResource(ApiClientResource client, String token) {
	}

	@GetMapping
	@Operation(summary = "List API clients")
	List<ApiClientResource> list() {
		List<ApiClient> listed = clients.list();
		Set<UUID> marked = misfits.among(listed);
		return listed.stream().map(client -> ApiClientResource.of(client, !marked.contains(client.id()))).toList();
	}

	@PostMapping
	@Operation(summary = "Issue a token for a new client",
			description = "The token is in this response only; OpenNRM keeps just its hash. Send it as "
					+ "\"Authorization: Bearer <token>\". Refused (400) for a deactivated organisation, a `role` that the "
					+ "organisation's type does not hold (`errors.role`; README, \"Roles and organisations\"), an "
					+ "`expiresAt` not in the future, and a `name` another active client of the organisation has as "
					+ "people read it: case, Turkish letters, accents and spaces aside (\"GOC SUBE\" is \"Göç Şube\"). "
					+ "The name is saved with one space between words.")
	ResponseEntity<IssuedApiClientResource> issue(@Valid @RequestBody NewApiClient request) {
		IssuedApiClient issued = clients.issue(request);
		return ResponseEntity.created(URI.create("/api/v1/api-clients/" + issued.client().id()))
			.body(new IssuedApiClientResource(resource(issued.client()), issued.token()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One API client, with whether its token works now (the Location of a client issued)")
	ApiClientResource get(@PathVariable UUID id) {
		return resource(clients.find(id).orElseThrow(() -> new NotFoundException("api client")));
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke a client's token for good, and the tokens of the clients it issued",
			description = "A client issued by another names it; revoking a client revokes those it issued, and theirs"
					+ " (each an audit entry): whoever held its token may have issued them.")
	ApiClientResource revoke(@PathVariable UUID id) {
		return resource(clients.revoke(id));
	}

	private ApiClientResource resource(ApiClient client) {
		return ApiClientResource.of(client, !misfits.misfit(client));
	}

}
