package org.opennrm.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import org.opennrm.shared.StaticFiles;

/**
 * A session's CSRF token is kept in the session, as Spring Security keeps it, but for the application's own files
 * ({@link StaticFiles}), which go without the session: there none is read, and none is kept, which would create a
 * session. The error page of a file not found writes a token into its page, as every page does; it was kept in a new
 * session, whose cookie took the place of the person's own and signed them out.
 */
final class CsrfTokensInSession implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (!StaticFiles.asked(request)) {
			session.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return StaticFiles.asked(request) ? null : session.loadToken(request);
	}

}
