package org.opennrm.identity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opennrm.identity.NewApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.shared.PlainText;
import org.opennrm.shared.TypedText;

/** The screen's form for a new API client: a date rather than an instant for the expiry. */
record ApiClientForm(@NotBlank @Size(max = 100) @PlainText(label = "apiClient.name") String name,
		@NotNull Role role, Scope scope,
		@NotNull UUID organisationId, @FutureOrPresent LocalDate expiresOn) {

	/** A name of spaces only as left empty ({@link TypedText}). */
	ApiClientForm {
		name = TypedText.orNull(name);
	}

	static ApiClientForm empty() {
		return new ApiClientForm(null, null, null, null, null);
	}

	/** The token works until the end of {@code expiresOn}, in the server's time zone. */
	NewApiClient toRequest() {
		return new NewApiClient(name, role, scope, organisationId,
				expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
