package org.opennrm.shared;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Pages of this application named by an address a browser sent (its {@code Referer}, htmx's {@code HX-Current-URL}):
 * only one of the same scheme, host and port, never the sign-in, sign-out or an error page, so that no address sent
 * can lead a person elsewhere.
 */
public final class LocalPages {

	private LocalPages() {
	}

	/** {@code address}, a page of this application, as a path within it (without the context path), with its query. */
	public static Optional<String> of(HttpServletRequest request, String address) {
		if (address == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(address);
			URI self = URI.create(request.getRequestURL().toString());
			String path = uri.getRawPath();
			String context = request.getContextPath();
			if (!self.getScheme().equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null
					|| !uri.getRawAuthority().equalsIgnoreCase(self.getRawAuthority()) || path == null
					|| !path.startsWith(context + "/") || path.startsWith(context + "//")) {
				return Optional.empty();
			}
			String local = path.substring(context.length());
			if (local.equals("/login") || local.equals("/logout") || local.startsWith("/error")) {
				return Optional.empty();
			}
			return Optional.of(local + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException notAnAddress) {
			return Optional.empty();
		}
	}

	/** The page a form was sent from: its {@code Referer}, if that is a page of this application. */
	public static Optional<String> formSentFrom(HttpServletRequest request) {
		return of(request, request.getHeader("Referer"));
	}

}
