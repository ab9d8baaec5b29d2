package org.opennrm.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opennrm.identity.CurrentUser;

/** Authenticates API clients by {@code Authorization: Bearer onrm_…}. A wrong token is refused, never ignored. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiClients clients;
	private final AuthenticationEntryPoint entryPoint;

	ApiTokenAuthenticationFilter(ApiClients clients, AuthenticationEntryPoint entryPoint) {
		this.clients = clients;
		this.entryPoint = entryPoint;
	}

	/** A token presented but unknown, expired or revoked (RFC 6750's {@code invalid_token}). */
	static final class InvalidToken extends BadCredentialsException {

		InvalidToken() {
			super("invalid API token");
		}

	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader("Authorization").substring(7).strip();
		Optional<CurrentUser> client = token.startsWith(ApiTokens.PREFIX) ? clients.authenticate(ApiTokens.hash(token))
				: Optional.empty();
		if (client.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new InvalidToken());
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(client.get(), null,
				client.get().authorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
