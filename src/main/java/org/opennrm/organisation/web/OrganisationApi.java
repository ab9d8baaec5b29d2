package org.opennrm.organisation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.ReadOnlyFields;
import org.opennrm.shared.SearchText;
import org.opennrm.shared.UserInputException;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The organisations of the referral mechanism. Anyone signed in may read "
		+ "them (they are public institutions); changing them needs ORGANISATION_MANAGE.")
class OrganisationApi {

	private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,9})\"?$");

	private final OrganisationManagement organisations;
	private final ReadOnlyFields readOnly;

	OrganisationApi(OrganisationManagement organisations, ReadOnlyFields readOnly) {
		this.organisations = organisations;
		this.readOnly = readOnly;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List organisations, optionally filtered",
			description = "A shelter's address is given only to those who manage organisations; others get null.")
	List<OrganisationResource> list(
			@Parameter(description = "Part of the name, as people type it: case, Turkish letters and accents "
					+ "do not matter (istanbul, ISTANBUL and İstanbul find İstanbul); at most 200 characters, as the "
					+ "screen's search box") @RequestParam(required = false) String text,
			@RequestParam(required = false) OrganisationType type,
			@Parameter(description = "Province plate code, e.g. 34") @RequestParam(required = false) String province,
			@RequestParam(required = false) Boolean active) {
		SearchText.require("text", text); // as the screen's filter
		boolean manages = OrganisationResource.callerManagesOrganisations();
		return organisations.list(new OrganisationFilter(text, type, province, active)).stream()
			.map(o -> OrganisationResource.of(o, manages)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One organisation; its ETag is the version to send back as If-Match")
	ResponseEntity<OrganisationResource> get(@PathVariable UUID id) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
		return withETag(ResponseEntity.ok(), organisation);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Operation(summary = "Create an organisation (the name must be unique)",
			description = "A field the body does not have is refused (400, naming it).")
	ResponseEntity<OrganisationResource> create(@Valid @RequestBody OrganisationForm form) {
		Organisation created = organisations.create(form);
		return withETag(ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())), created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
	@Operation(summary = "Change an organisation",
			description = "Send the version you last read as If-Match (e.g. If-Match: \"3\"). "
					+ "409 when someone else changed the organisation since. A field the body does not have is refused "
					+ "(400, naming it). The read-only fields of the organisation as read (id, htcdsType, version) may "
					+ "be sent, so that what was read can be sent back changed, but only as the organisation has them: "
					+ "one with another value is refused (400, naming it and the way it is changed: htcdsType follows "
					+ "type); a change sets none of them. A new type is refused (400, `errors.type`, saying how many) "
					+ "while accounts or API clients of the organisation hold a role that the new type does not hold.")
	ResponseEntity<OrganisationResource> update(@PathVariable UUID id,
			@Parameter(description = "The version last read, from the ETag or the version property", required = true)
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody OrganisationForm form) {
		int version = version(ifMatch);
		Organisation current = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
		if (current.version() == version) { // a change from an older reading is a conflict, which the update answers
			readOnly.refuseChanged(OrganisationResource.of(current, true), id);
		}
		Organisation updated = organisations.update(id, version, form);
		return withETag(ResponseEntity.ok(), updated);
	}

	private static int version(String ifMatch) {
		Matcher matcher = ifMatch == null ? null : VERSION.matcher(ifMatch.strip());
		if (matcher == null || !matcher.matches()) {
			throw new UserInputException("If-Match", "organisation.version.required");
		}
		return Integer.parseInt(matcher.group(1));
	}

	private static ResponseEntity<OrganisationResource> withETag(ResponseEntity.BodyBuilder response,
			Organisation organisation) {
		return response.eTag("\"" + organisation.version() + "\"")
			.body(OrganisationResource.of(organisation, OrganisationResource.callerManagesOrganisations()));
	}

}
