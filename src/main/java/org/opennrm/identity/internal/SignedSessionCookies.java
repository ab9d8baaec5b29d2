package org.opennrm.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import javax.crypto.Mac;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.stereotype.Component;

import org.opennrm.encryption.BlindIndex;

/**
 * The session cookie carries the session's id with a keyed hash of it: {@code <id>.<HMAC>}, the key derived from the
 * index key, which is not in the database. Spring Session JDBC keeps live sessions' ids as they are, in
 * {@code spring_session}: whoever reads the database, a backup of it or a server log that quotes its statements could
 * otherwise send an id as a cookie and act as that person. Without the key no id read there makes a cookie this
 * application accepts; a cookie with an id alone, or with a hash that does not match, names no session.
 * <p>
 * Wraps Spring Boot's cookie serializer, so its settings ({@code server.servlet.session.cookie.*}) still hold.
 */
@Component
class SignedSessionCookies implements BeanPostProcessor {

	static final String PURPOSE = "session.cookie";

	private final ObjectProvider<BlindIndex> keys;

	SignedSessionCookies(ObjectProvider<BlindIndex> keys) {
		this.keys = keys;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof CookieSerializer serializer && !(bean instanceof Signed)
				? new Signed(serializer, keys) : bean;
	}

	static final class Signed implements CookieSerializer {

		private final CookieSerializer cookies;
		private final ObjectProvider<BlindIndex> keys;

		Signed(CookieSerializer cookies, ObjectProvider<BlindIndex> keys) {
			this.cookies = cookies;
			this.keys = keys;
		}

		@Override
		public void writeCookieValue(CookieValue value) {
			String id = value.getCookieValue();
			CookieValue signed = new CookieValue(value.getRequest(), value.getResponse(),
					id == null || id.isEmpty() ? id : id + "." + hash(id));
			signed.setCookieMaxAge(value.getCookieMaxAge());
			cookies.writeCookieValue(signed);
		}

		@Override
		public List<String> readCookieValues(HttpServletRequest request) {
			return cookies.readCookieValues(request).stream().map(this::idOf).filter(Objects::nonNull).toList();
		}

		/** The id of a cookie's value whose hash matches it; null for any other. */
		private String idOf(String value) {
			int dot = value.lastIndexOf('.');
			if (dot <= 0) {
				return null;
			}
			String id = value.substring(0, dot);
			byte[] sent = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
			BlindIndex index = keys.getObject();
			// a cookie signed before the index key was rotated still names its session while the old key is configured
			for (String keyId : index.keyIds()) {
				if (MessageDigest.isEqual(sent, hash(keyId, id).getBytes(StandardCharsets.US_ASCII))) {
					return id;
				}
			}
			return null;
		}

		private String hash(String id) {
			return hash(keys.getObject().activeKeyId(), id);
		}

		private String hash(String keyId, String id) {
			Mac mac = keys.getObject().macFor(keyId, PURPOSE);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
		}

	}

}
