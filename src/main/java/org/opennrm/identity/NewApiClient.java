package org.opennrm.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.opennrm.shared.PlainText;
import org.opennrm.shared.RefuseUnknownFields;
import org.opennrm.shared.TypedText;

@RefuseUnknownFields
public record NewApiClient(@NotBlank @Size(max = 100) @PlainText(label = "apiClient.name") String name,
		@NotNull Role role, Scope scope,
		@NotNull UUID organisationId, Instant expiresAt) {

	/** A name of spaces only as left empty ({@link TypedText}). */
	public NewApiClient {
		name = TypedText.orNull(name);
	}

	public Scope effectiveScope() {
		return scope == null ? role.defaultScope() : scope;
	}

}
