package org.opennrm.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opennrm.identity.LockedAccount;
import org.opennrm.identity.RefusedAddress;
import org.opennrm.identity.SignInLockManagement;
import org.opennrm.identity.SignInLocks;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.RefuseUnknownFields;

@RestController
@RequestMapping("/api/v1/sign-in-locks")
@PreAuthorize("hasAuthority('USER_MANAGE')")
@Tag(name = "Sign-in locks", description = "Who cannot sign in now: client addresses refused after too many refused "
		+ "sign-ins, accounts locked after too many wrong passwords (needs USER_MANAGE)")
class SignInLockApi {

	private final SignInLockManagement locks;

	SignInLockApi(SignInLockManagement locks) {
		this.locks = locks;
	}

	/** What keeps people from signing in now, as the API answers it. */
	record SignInLocksResource(
			@ArraySchema(arraySchema = @Schema(description = "The client addresses whose sign-ins are refused now, "
					+ "the one refused longest first")) List<RefusedAddressResource> addresses,
			@ArraySchema(arraySchema = @Schema(description = "The accounts locked now after too many wrong passwords"))
			List<LockedAccountResource> accounts) {

		static SignInLocksResource of(SignInLocks locks) {
			return new SignInLocksResource(locks.addresses().stream().map(RefusedAddressResource::of).toList(),
					locks.accounts().stream().map(LockedAccountResource::of).toList());
		}

	}

	/** A client address whose sign-ins are refused now. */
	record RefusedAddressResource(
			@Schema(description = "The address, as POST /api/v1/sign-in-locks/addresses/release takes it",
					example = "203.0.113.7") String address,
			@Schema(description = "The first refused sign-in of its window, when the address began to be counted (UTC)")
			Instant since,
			@Schema(description = "The end of the window, when its sign-ins are let through again (UTC)") Instant until,
			@Schema(description = "The refused sign-ins counted in the window") int failures) {

		static RefusedAddressResource of(RefusedAddress a) {
			return new RefusedAddressResource(a.address(), a.since(), a.until(), a.failures());
		}

	}

	/** An account locked after too many wrong passwords. */
	record LockedAccountResource(
			@Schema(description = "The account's id; its lock is lifted with POST /api/v1/users/{id}/unlock") UUID id,
			String username, String fullName, UUID organisationId,
			@Schema(description = "When the lock began (UTC); null for a lock set before OpenNRM noted it") Instant lockedAt,
			@Schema(description = "When the lock ends by itself (UTC)") Instant lockedUntil,
			@Schema(description = "The wrong passwords that locked it, and the sign-ins tried since while it is locked")
			int failures) {

		static LockedAccountResource of(LockedAccount a) {
			return new LockedAccountResource(a.id(), a.username(), a.fullName(), a.organisationId(), a.lockedAt(),
					a.lockedUntil(), a.failures());
		}

	}

	/** An address whose refusal to lift, as the list names it. */
	@RefuseUnknownFields
	record AddressRelease(@Schema(description = "The address as GET /api/v1/sign-in-locks lists it",
			example = "203.0.113.7") @NotBlank String address) {
	}

	@GetMapping
	@Operation(summary = "The client addresses refused and the accounts locked now",
			description = "addresses: each with the refused sign-ins counted (failures) since the first of its window "
					+ "(since) and the end of the window (until), when its sign-ins are let through again. accounts: "
					+ "each with when the lock began (lockedAt; null for a lock set before OpenNRM noted it), when it "
					+ "ends (lockedUntil), and its failed attempts (the wrong passwords that locked it and the sign-ins "
					+ "tried since). Times in UTC.")
	SignInLocksResource current() {
		return SignInLocksResource.of(locks.current());
	}

	@PostMapping("/addresses/release")
	@Operation(summary = "Allow sign-ins from a refused client address again",
			description = "Its count starts afresh; written to the audit trail (SIGN_IN_ADDRESS_RELEASED). 404 when the "
					+ "address is not refused now (its window may have ended). An account's lock is lifted with "
					+ "POST /api/v1/users/{id}/unlock.")
	@ApiResponse(responseCode = "204", description = "Sign-ins from the address are allowed again")
	@ApiResponse(responseCode = "404", description = "The address is not refused now",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<Void> release(@Valid @RequestBody AddressRelease release) {
		if (!locks.releaseAddress(release.address())) {
			throw new NotFoundException("refused address");
		}
		return ResponseEntity.noContent().build();
	}

}
