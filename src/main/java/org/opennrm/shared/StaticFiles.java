package org.opennrm.shared;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The application's own files, which anyone may have: its style sheets, scripts and images, the libraries' scripts
 * (webjars) and the icon. They are served without the session, found or not: none is read (their requests touch the
 * database not at all, so that a page has its styles while the database is out of reach), none is created, and no
 * cookie is set (a missing one asked for as a page, from a stale link, gets the error page, which stored a new session
 * and sent its cookie: the person was signed out).
 */
public final class StaticFiles {

	private static final List<String> FOLDERS = List.of("/css/", "/js/", "/img/", "/webjars/");

	private static final String ICON = "/favicon.ico";

	private StaticFiles() {
	}

	/**
	 * Whether the request asks for one of these files; on the error page that such a request was forwarded to (a file
	 * not found), whether the request that failed did.
	 */
	public static boolean asked(HttpServletRequest request) {
		String uri = request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
						: request.getRequestURI();
		String context = request.getContextPath();
		if (uri == null || !uri.startsWith(context)) {
			return false;
		}
		String path = uri.substring(context.length());
		return path.equals(ICON) || FOLDERS.stream().anyMatch(path::startsWith);
	}

}
