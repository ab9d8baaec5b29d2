package org.opennrm.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** API tokens are 256-bit random values; storing their SHA-256 is enough (no salt needed for such entropy). */
public final class ApiTokens {

	public static final String PREFIX = "onrm_";

	private ApiTokens() {
	}

	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
