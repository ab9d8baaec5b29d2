package org.opennrm.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.LoginTurnedAway;
import org.opennrm.identity.SignedOut;
import org.opennrm.shared.AccessRefused;
import org.opennrm.shared.LocalPages;
import org.opennrm.shared.SafeErrors;
import org.opennrm.shared.StaticFiles;
import org.opennrm.shared.TemporarilyUnavailable;

/**
 * The web security of OpenNRM. URL rules only separate public pages from the rest; what each role may do
 * is decided by {@code @PreAuthorize} on every controller and service method (see
 * {@code DenyUnannotatedHandlers}), with the table in {@code Role}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** Swagger UI's files, which have a content security policy of their own. */
	static final RequestMatcher API_DOCS = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/swagger-ui/**");

	/**
	 * The API's documentation opened in a browser: a page, which signing in (and a pending password change) leads to
	 * as the other pages do, not a 401 or 403 in JSON.
	 */
	static final RequestMatcher API_DOCS_PAGE = new AndRequestMatcher(new OrRequestMatcher(API_DOCS,
			PathPatternRequestMatcher.withDefaults().matcher("/api/v1/docs"),
			PathPatternRequestMatcher.withDefaults().matcher("/api/v1/docs/**")), SecurityConfiguration::asksForHtml);

	/**
	 * What a page's script asks of its session (when it ends, {@link SessionPeek}; to stay signed in,
	 * {@code GET /session}): answered in JSON, or 401 without a session, never the sign-in page, and never kept as the
	 * page to return to after signing in.
	 */
	static final RequestMatcher SESSION_CLOCK = PathPatternRequestMatcher.withDefaults().matcher("/session/**");

	/** The sign-out's address, which a form sends. */
	private static final RequestMatcher SIGN_OUT = PathPatternRequestMatcher.withDefaults().matcher("/logout");

	/** The web side: not present when the jar runs an administrative command without its web server. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Web {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http, ApiClients apiClients, MessageSource messages,
				LocaleResolver locales, JsonMapper json, AddressThrottle addressThrottle, ApplicationEventPublisher events,
				EndedSessions endedSessions,
				@Value("${opennrm.session.max-lifetime:12h}") java.time.Duration sessionLifetime) throws Exception {
			RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
			RequestMatcher apiDocs = API_DOCS;
			// a token is read on the API's and the actuator's addresses only (ApiTokenAuthenticationFilter); such a
			// call is answered as the API answers, in problem details, and stores no session
			RequestMatcher tokenCall = ApiTokenAuthenticationFilter.TOKEN_CALL;
			RequestMatcher apiDocsPage = API_DOCS_PAGE;
			// the API's and the actuator's addresses are called by programs (a Prometheus scraper among them): without
			// credentials they are asked for a token in problem details, not sent to the sign-in page, and not kept
			// for a sign-in to return to (which would store a session for each refused call)
			RequestMatcher programs = new AndRequestMatcher(ApiTokenAuthenticationFilter.ADDRESSES,
					new NegatedRequestMatcher(apiDocsPage));
			RequestCache pages = pagesOnly(programs);
			// an API call with no session has no cookie that a forged request could borrow, and a token's call has none
			// at all: neither is checked for a CSRF token, which would store a session for a token the caller never had
			RequestMatcher apiWithoutSession = new AndRequestMatcher(api, request -> request.getSession(false) == null);
			// nor is a screen's form sent with a token and no session, which no browser's forged form can carry: checked,
			// its refusal would store a session with a new CSRF token; unchecked, it is refused as not signed in
			RequestMatcher tokenToAScreenWithoutSession = new AndRequestMatcher(ApiTokenAuthenticationFilter::hasBearerToken,
					request -> request.getSession(false) == null,
					new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/login")));
			ProblemResponses apiProblems = new ProblemResponses(messages, locales, json, events);
			http
				.authorizeHttpRequests(requests -> requests
					.requestMatchers("/login", "/logout", "/error", "/error/414", "/actuator/health", "/actuator/health/**",
							"/actuator/info")
					.permitAll()
					.requestMatchers(StaticFiles::asked)
					.permitAll()
					.requestMatchers("/actuator/**").hasAuthority("METRICS_READ")
					.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").failureHandler(loginFailureHandler(events))
					.successHandler(new PreferredLanguageSignIn(locales, pages)))
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
					.addLogoutHandler(signedOut(events, endedSessions))
					// and what the pages kept in the browser: the values of a form kept while it waited for a sign-in
					.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
							ClearSiteDataHeaderWriter.Directive.COOKIES, ClearSiteDataHeaderWriter.Directive.STORAGE))))
				.csrf(csrf -> csrf
					.csrfTokenRepository(new CsrfTokensInSession())
					.csrfTokenRequestHandler(new NoCsrfTokenInAddress())
					// nor is a request for the application's own files, which takes no form and goes without the
					// session: refused, it was sent to the sign-in page as of a session ended, with a new session
					.ignoringRequestMatchers(tokenCall, apiWithoutSession, tokenToAScreenWithoutSession, StaticFiles::asked))
				.requestCache(cache -> cache.requestCache(pages))
				.exceptionHandling(errors -> errors
					.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), SESSION_CLOCK)
					.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), apiDocsPage)
					.defaultAuthenticationEntryPointFor(apiProblems, new OrRequestMatcher(programs, tokenCall))
					// htmx asks for parts of pages that only a signed-in person is shown: its session has ended
					.defaultAuthenticationEntryPointFor((request, response, notSignedIn) -> SignInPage.sessionEnded(request,
							response, endedSessions), SignInPage::fromHtmx)
					.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
					.defaultAccessDeniedHandlerFor(apiProblems, new OrRequestMatcher(api, tokenCall))
					.defaultAccessDeniedHandlerFor(pageAccessDenied(events, endedSessions), request -> true))
				.addFilterBefore(new ApiTokenAuthenticationFilter(apiClients, apiProblems), BasicAuthenticationFilter.class)
				.addFilterAfter(new ApiDocsCsrfCookie(), org.springframework.security.web.csrf.CsrfFilter.class)
				.addFilterBefore(new SignInUsernameCheck(), UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(new AddressThrottleFilter(addressThrottle, events), UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(new SessionLifetimeFilter(sessionLifetime, java.time.Clock.systemUTC(), endedSessions),
						org.springframework.security.web.context.SecurityContextHolderFilter.class)
				.addFilterBefore(new PasswordChangeFilter(apiProblems),
						org.springframework.security.web.access.intercept.AuthorizationFilter.class)
				.headers(headers -> headers
					.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(apiDocs),
							new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
					.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiDocs,
							new StaticHeadersWriter("Content-Security-Policy", API_DOCS_CONTENT_SECURITY_POLICY)))
					.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
					.frameOptions(frame -> frame.deny())
					.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
			return http.build();
		}

	}

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles; it runs no inline script, so only styles are relaxed, and only there. */
	static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	/** Argon2, at most {@code opennrm.login.concurrent-password-checks} at once ({@link BoundedPasswordChecks}). */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${opennrm.login.concurrent-password-checks:8}") int atOnce,
			@Value("${opennrm.login.password-check-wait:10s}") java.time.Duration wait) {
		String id = "argon2";
		return new BoundedPasswordChecks(
				new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())),
				atOnce, wait);
	}

	/** The only way to sign in with a password: {@link PasswordSignIn}. */
	@Bean
	PasswordSignIn passwordSignIn(Users users, PasswordEncoder passwordEncoder,
			@Value("${opennrm.login.max-failures:5}") int maxFailures) {
		return new PasswordSignIn(users, passwordEncoder, maxFailures);
	}

	/**
	 * Back to the sign-in page. A wrong password, an unknown user name, a locked and a deactivated account all get the
	 * same answer, {@code error=credentials}: told apart, they would let anyone learn which user names exist (by
	 * locking them with wrong passwords: an unknown name never locks) and which accounts are deactivated (that answer
	 * came whatever the password). The audit trail keeps the difference ({@link LoginThrottle}), and the
	 * administrator's page of the user shows the lock. Each of them counts against the client address
	 * ({@link AddressThrottleFilter#REFUSED}), so that the address's limit is reached alike whatever the accounts
	 * tried. Only a refusal as busy, which says nothing of any account, has its own answer; it is audited here. A sign-in
	 * the database failed is no refusal: it is answered as any request the database failed (503, "try again").
	 */
	static AuthenticationFailureHandler loginFailureHandler(ApplicationEventPublisher events) {
		return (request, response, exception) -> {
			if (TemporarilyUnavailable.databaseOutOfReachIn(exception)) {
				// nothing could be counted or audited: answered 503 as any request the database failed
				throw exception;
			}
			if (TemporarilyUnavailable.in(exception)) {
				try {
					events.publishEvent(new LoginTurnedAway(LoginTurnedAway.Why.BUSY));
				}
				catch (RuntimeException notRecorded) {
					// in the rush that made the sign-in busy, the person still gets "try again", not an error page
					log.warn("A sign-in refused as busy could not be audited: {}", SafeErrors.describe(notRecorded));
				}
				SignInPage.refused(request, response, "error=busy");
				return;
			}
			request.setAttribute(AddressThrottleFilter.REFUSED, Boolean.TRUE);
			SignInPage.refused(request, response, "error=credentials");
		};
	}

	/**
	 * The page that says "not allowed"; a signed-in person refused a screen is written to the audit trail
	 * ({@link AccessRefused}), but for a form sent without its CSRF token (a page left open past its session). Three
	 * refusals are not what the person asked for, and get another answer:
	 * <ul>
	 * <li>a form sent without a session, or with the token of a session that has ended: the sign-in page, which says
	 * that what was sent was not saved ({@link SignInPage#sessionEnded});
	 * <li>(on the 403 page, in place of "not allowed") a form of a signed-in person's sent with the token of an earlier
	 * session, or with none: "not saved" (a sign-out: "not signed out"), what happened and what to do;
	 * <li>the page that the sign-in returned to, asked for before it (by the last person at a shared computer), which
	 * this person's role does not open: their start page, with a note, and nothing in the audit trail, since they
	 * asked for nothing.
	 * </ul>
	 * A part of a page refused to htmx (the person signed in now, in another tab, is someone whose role does not open
	 * the page) sends the whole page there again ({@link SignInPage#wholePage}), which then says "not allowed" as a
	 * page, in its place: htmx swaps no refusal, and the part stayed as it was without a word (or, followed as a
	 * redirect, had the page swapped into it). A page and its parts need the same permission (each controller declares
	 * it once, for all its addresses), so the page asked for again does not ask for the part again to be refused.
	 */
	private static AccessDeniedHandler pageAccessDenied(ApplicationEventPublisher events, EndedSessions endedSessions) {
		AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
		page.setErrorPage("/error/403");
		AuthenticationTrustResolver signedIn = new AuthenticationTrustResolverImpl();
		return (request, response, refused) -> {
			if (refused instanceof CsrfException
					&& !signedIn.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
				SignInPage.sessionEnded(request, response, endedSessions);
				return;
			}
			HttpSession session = request.getSession(false);
			if (session != null && "GET".equals(request.getMethod())
					&& request.getRequestURI().equals(session.getAttribute(PreferredLanguageSignIn.RETURNING_TO))) {
				session.removeAttribute(PreferredLanguageSignIn.RETURNING_TO);
				SignInPage.redirect(request, response, "/", Map.of("notice", "home.returnRefused"));
				return;
			}
			if (!(refused instanceof CsrfException)) {
				events.publishEvent(new AccessRefused());
			}
			if (SignInPage.fromHtmx(request)) {
				SignInPage.wholePage(response, HttpServletResponse.SC_FORBIDDEN,
						request.getContextPath() + SignInPage.htmxPage(request).orElse("/"));
				return;
			}
			if (refused instanceof CsrfException) {
				// a form of a signed-in person's that the person may send, with the token of an earlier session (opened
				// before the session changed: signed out and in again, in another tab) or with none: the page says what
				// happened, that what was sent was not saved (a sign-out, that the person is still signed in), and
				// links back to the form's page
				request.setAttribute("refusedForm", request.getParameter("_csrf") != null ? "stale" : "noToken");
				request.setAttribute("refusedSignOut", SIGN_OUT.matches(request));
				request.setAttribute("refusedFormPage", LocalPages.formSentFrom(request).orElse(null));
			}
			page.handle(request, response, refused);
		};
	}

	/**
	 * A sign-out in the audit trail, written while the person is still the one acting (before the session ends); and
	 * noted by the session's CSRF token, which its pages still open in other tabs send, for the sign-in page they lead
	 * to to say why ({@link EndedSessions#signedOut}). The token is the one the sign-out was sent with, read by the CSRF
	 * check before it.
	 */
	private static LogoutHandler signedOut(ApplicationEventPublisher events, EndedSessions endedSessions) {
		return (request, response, authentication) -> CurrentUser.get()
			.filter(person -> person.kind() == CurrentUser.Kind.USER)
			.ifPresent(person -> {
				events.publishEvent(new SignedOut(person.id()));
				if (request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken token) {
					try {
						endedSessions.signedOut(token.get().getToken());
					}
					catch (RuntimeException notNoted) {
						// the person is signed out all the same; the other tabs are told only that the session ended
						log.warn("A sign-out could not be noted for the session's other tabs: {}",
								SafeErrors.describe(notNoted));
					}
				}
			});
	}

	private static boolean asksForHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/**
	 * Sign-in returns to the page asked for before it, kept in the session. An API or actuator call is not kept: its
	 * client repeats it with credentials, and keeping it would store a session for every call refused as not signed in.
	 * Nor is a page asked for with a token, which is ignored there: a token's call stores no session, wherever it goes.
	 * Nor a part of a page that htmx asked for: the page it is part of is kept instead ({@link SignInPage#sessionEnded});
	 * nor what a page's script asks of its session ({@link #SESSION_CLOCK}).
	 * <p>
	 * The address returned to is the one asked for, without the {@code continue} parameter that Spring Security adds to
	 * find the request kept again: {@link PreferredLanguageSignIn} takes it from the session and removes it there, so
	 * the parameter would only stay in the address bar (and in the API docs' redirect, as {@code continue=}).
	 */
	private static RequestCache pagesOnly(RequestMatcher programs) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setSessionAttrName(SignInPage.SAVED_REQUEST);
		cache.setMatchingRequestParameterName(null);
		RequestMatcher get = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**");
		cache.setRequestMatcher(new AndRequestMatcher(get, new NegatedRequestMatcher(programs),
				new NegatedRequestMatcher(ApiTokenAuthenticationFilter::hasBearerToken),
				new NegatedRequestMatcher(SignInPage::fromHtmx), new NegatedRequestMatcher(SESSION_CLOCK)));
		return cache;
	}

	/**
	 * 401 and 403 for the API as RFC 9457 problem details, in the caller's language, written by the application's JSON
	 * mapper as the MVC layer writes its own: members without a value left out, {@code instance} the address asked for.
	 */
	static final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

		private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

		private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\", "
				+ "error_description=\"The access token is unknown, expired or revoked\"";

		private final MessageSource messages;
		private final LocaleResolver locales;
		private final JsonMapper json;
		private final ApplicationEventPublisher events;

		ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json,
				ApplicationEventPublisher events) {
			this.messages = messages;
			this.locales = locales;
			this.json = json;
			this.events = events;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
				throws IOException {
			// a 401 names the way to authenticate (RFC 9110): an API client's token; no browser asks for a password
			// on it, as it does for Basic. A token that was presented but is not valid is told so (RFC 6750), in the
			// header and the detail, without saying whether it is unknown, expired, revoked or its client's issuer or
			// organisation inactive: which it is would tell the holder of a token found or guessed that it was once real
			boolean refusedToken = exception instanceof ApiTokenAuthenticationFilter.InvalidToken;
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, refusedToken ? INVALID_TOKEN : "Bearer");
			respond(request, response, HttpStatus.UNAUTHORIZED, "error.401.title",
					refusedToken ? "error.401.token" : "error.401.api");
		}

		/**
		 * A missing or wrong CSRF token is refused before anyone asks who the caller is: to a session not signed in
		 * that is "not signed in" (401), as it is without the session; to a signed-in one it says what was missing.
		 */
		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
				throws IOException {
			if (exception instanceof CsrfException) {
				if (!SIGNED_IN.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
					commence(request, response, new InsufficientAuthenticationException("not signed in", exception));
					return;
				}
				respond(request, response, HttpStatus.FORBIDDEN, "error.403.title", "error.403.csrf");
				return;
			}
			// a signed-in caller refused an address of the API its role does not reach: written down
			events.publishEvent(new AccessRefused());
			respond(request, response, HttpStatus.FORBIDDEN, "error.403.title", "error.403.detail");
		}

		/** A call made with the session of a person who must first replace the password an administrator set. */
		void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
			respond(request, response, HttpStatus.FORBIDDEN, "account.passwordChangeRequired.title",
					"account.passwordChangeRequired.api");
		}

		private void respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
				String titleKey, String detailKey) throws IOException {
			var locale = locales.resolveLocale(request);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
			problem.setTitle(messages.getMessage(titleKey, null, locale));
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getWriter(), problem);
		}

	}

}
