package org.opennrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.encryption.TestIndexKeys;

/**
 * Session cookies across a rotation of the index key: a cookie given before still names its session while the old
 * key is configured, new cookies are signed with the new key, and once the old key is gone, or superseded (kept for the
 * audit chain's older entries only), its cookies name nothing (the person signs in again).
 */
class SessionCookieKeysTest {

	@Test
	void aCookieSignedWithTheOldKeyHoldsWhileItIsConfigured() {
		Cookie before = write(TestIndexKeys.first(), "session-1");
		assertThat(read(TestIndexKeys.rotating(), before)).containsExactly("session-1");
		assertThat(read(TestIndexKeys.second(), before)).as("the old key removed").isEmpty();
		assertThat(read(TestIndexKeys.superseded(), before)).as("the old key superseded, kept for the audit chain")
			.isEmpty();

		Cookie during = write(TestIndexKeys.rotating(), "session-2");
		assertThat(read(TestIndexKeys.second(), during)).as("signed with the new key").containsExactly("session-2");
		assertThat(read(TestIndexKeys.first(), during)).as("a node without the new key").isEmpty();
	}

	private static SignedSessionCookies.Signed cookies(BlindIndex keys) {
		var beans = new StaticListableBeanFactory();
		beans.addBean("blindIndex", keys);
		return new SignedSessionCookies.Signed(new DefaultCookieSerializer(), beans.getBeanProvider(BlindIndex.class));
	}

	private static Cookie write(BlindIndex keys, String sessionId) {
		var response = new MockHttpServletResponse();
		cookies(keys).writeCookieValue(new CookieValue(new MockHttpServletRequest(), response, sessionId));
		return response.getCookie("SESSION");
	}

	private static List<String> read(BlindIndex keys, Cookie cookie) {
		var request = new MockHttpServletRequest();
		request.setCookies(cookie);
		return cookies(keys).readCookieValues(request);
	}

}
