package org.opennrm.identity.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;

/**
 * Carries a newly issued token from the form's POST across the redirect to the one page that shows it (Post/Redirect/
 * Get: reloading that page cannot issue a second token). The token must not rest anywhere on the server, and the
 * session is kept in the database: the session holds the token only encrypted ({@link Sealed}, a flash attribute,
 * gone once read), and the key is in a short-lived cookie of this browser, sent only to that page and cleared by it.
 * Neither alone is the token.
 */
final class TokenHandover {

	static final String FLASH = "issuedToken";
	static final String COOKIE = "opennrm-token-key";
	private static final Duration KEY_LIFETIME = Duration.ofMinutes(2);
	private static final SecureRandom RANDOM = new SecureRandom();

	/** The encrypted token and the client it was issued to. */
	record Sealed(UUID clientId, byte[] iv, byte[] ciphertext) implements Serializable {
	}

	private TokenHandover() {
	}

	/** Seals the token for the page at {@code path}, setting the key's cookie on the response. */
	static Sealed seal(UUID clientId, String token, String path, HttpServletRequest request, HttpServletResponse response) {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, RANDOM);
			SecretKey key = generator.generateKey();
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			cipher.updateAAD(clientId.toString().getBytes(StandardCharsets.UTF_8));
			byte[] ciphertext = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			cookie(request, response, path, Base64.getUrlEncoder().withoutPadding().encodeToString(key.getEncoded()),
					KEY_LIFETIME);
			return new Sealed(clientId, iv, ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** The token, if this browser holds the key to it; the key's cookie is cleared either way. */
	static Optional<String> open(Sealed sealed, String path, HttpServletRequest request, HttpServletResponse response) {
		String encodedKey = null;
		for (Cookie cookie : request.getCookies() == null ? new Cookie[0] : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				encodedKey = cookie.getValue();
			}
		}
		cookie(request, response, path, "", Duration.ZERO);
		if (sealed == null || encodedKey == null) {
			return Optional.empty();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getUrlDecoder().decode(encodedKey), "AES"),
					new GCMParameterSpec(128, sealed.iv()));
			cipher.updateAAD(sealed.clientId().toString().getBytes(StandardCharsets.UTF_8));
			return Optional.of(new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException | IllegalArgumentException notThisKey) {
			return Optional.empty();
		}
	}

	private static void cookie(HttpServletRequest request, HttpServletResponse response, String path, String value,
			Duration maxAge) {
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath() + path)
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build()
			.toString());
	}

}
