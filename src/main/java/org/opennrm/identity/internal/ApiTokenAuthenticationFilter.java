package org.opennrm.identity.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.opennrm.identity.CurrentUser;

/**
 * Authenticates API clients by {@code Authorization: Bearer onrm_…} on the addresses a token may call
 * ({@link #ADDRESSES}: the API and the actuator's endpoints); there a wrong token is refused, never ignored. Elsewhere
 * (the screens) the header is ignored and the request is as anonymous as it would be without it: a token never
 * reaches a page, never stands in for a form's CSRF token, and never gets a session. A call with two
 * {@code Authorization} headers is refused as one with a wrong token, whichever of them is valid.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	/** The addresses a token authenticates: the API and the actuator's (Prometheus, for {@code METRICS_READ}). */
	static final RequestMatcher ADDRESSES = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));

	/** A call that carries a token to an address a token may call: authenticated by it alone, without a session. */
	static final RequestMatcher TOKEN_CALL = new AndRequestMatcher(ADDRESSES,
			ApiTokenAuthenticationFilter::hasBearerToken);

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
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !TOKEN_CALL.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getHeader("Authorization").substring(7).strip();
		// two credentials are none: a proxy in front may have checked the other one than the one this would take
		boolean one = Collections.list(request.getHeaders("Authorization")).size() == 1;
		Optional<CurrentUser> client = one && token.startsWith(ApiTokens.PREFIX)
				? clients.authenticate(ApiTokens.hash(token)) : Optional.empty();
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
