package org.opennrm.identity;

/** A new client and its token, which is never shown again. */
public record IssuedApiClient(ApiClient client, String token) {
}
