package org.opennrm.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.identity.CurrentUser;

/**
 * When a session ends, as the pages' script is told it ({@code @sessionClock} in the layout, {@link SessionPeek},
 * {@code GET /session}): after {@code spring.session.timeout} without a request, and in any case
 * {@code opennrm.session.max-lifetime} after it began ({@link SessionLifetimeFilter}). The script warns
 * {@code opennrm.session.warning} before the first (WCAG 2.2.1: a time limit is told beforehand and can be extended by
 * a simple action, with 20 seconds at least to do so), and {@link #LIFETIME_WARNING} before the second, which cannot
 * be extended.
 * <p>
 * It also gives a signed-in person's pages the key their script encrypts a form's values with while they wait for a
 * sign-in ({@link #draftKey}): a key of the account, derived from the index key, so that what a tab keeps is readable
 * only by a page of the same account, and by no one who reads the browser's storage on the disk.
 */
@Component("sessionClock")
public class SessionClock {

	/** Before the end of a session's lifetime, which no request extends: time to save and sign in again. */
	static final Duration LIFETIME_WARNING = Duration.ofMinutes(5);

	/** The least time WCAG 2.2.1 gives to extend a time limit once warned. */
	private static final Duration LEAST_WARNING = Duration.ofSeconds(20);

	private static final String DRAFT_KEY = "form.draft";

	private final Duration timeout;
	private final Duration maxLifetime;
	private final Duration warning;
	private final ObjectProvider<BlindIndex> keys;
	private final Clock clock = Clock.systemUTC();

	SessionClock(@Value("${spring.session.timeout:30m}") Duration timeout,
			@Value("${opennrm.session.max-lifetime:12h}") Duration maxLifetime,
			@Value("${opennrm.session.warning:2m}") Duration warning, ObjectProvider<BlindIndex> keys) {
		if (warning.compareTo(LEAST_WARNING) < 0 || warning.compareTo(timeout) >= 0) {
			throw new IllegalStateException("opennrm.session.warning must be 20 seconds at least (WCAG 2.2.1) and shorter "
					+ "than spring.session.timeout (" + timeout + "); it is " + warning);
		}
		this.timeout = timeout;
		this.maxLifetime = maxLifetime;
		this.warning = warning;
		this.keys = keys;
	}

	/** What is left of a session: seconds until it ends for want of a request, and until the end of its lifetime. */
	public record TimeLeft(long idleSeconds, long lifetimeSeconds) {
	}

	/** What is left of this request's session, which the request has just extended; none without a session. */
	public Optional<TimeLeft> ofThisRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? ofRequest(attributes.getRequest()) : Optional.empty();
	}

	/** The same for {@code request}. */
	public Optional<TimeLeft> ofRequest(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		try {
			long now = clock.millis();
			return Optional.of(new TimeLeft(session.getMaxInactiveInterval(),
					seconds(session.getCreationTime() + maxLifetime.toMillis() - now)));
		}
		catch (IllegalStateException invalidated) {
			return Optional.empty();
		}
	}

	/** What is left of a stored session, read without extending it ({@link SessionPeek}); none if it has ended. */
	Optional<TimeLeft> of(Session session) {
		long now = clock.millis();
		TimeLeft left = new TimeLeft(
				seconds(session.getLastAccessedTime().plus(session.getMaxInactiveInterval()).toEpochMilli() - now),
				seconds(session.getCreationTime().toEpochMilli() + maxLifetime.toMillis() - now));
		return session.isExpired() || left.idleSeconds() <= 0 || left.lifetimeSeconds() <= 0 ? Optional.empty()
				: Optional.of(left);
	}

	/** How long before a session's end for want of a request its pages warn, in seconds. */
	public long warningSeconds() {
		return warning.toSeconds();
	}

	/** How long before the end of a session's lifetime its pages warn, in seconds. */
	public long lifetimeWarningSeconds() {
		return LIFETIME_WARNING.toSeconds();
	}

	/**
	 * How long a tab keeps what a form held when it could not be sent, in seconds: as long as a session may wait for
	 * a request; the person signs in again well within it.
	 */
	public long draftKeptSeconds() {
		return timeout.toSeconds();
	}

	/**
	 * The key (AES-256, base64) with which the signed-in person's pages encrypt a form's values kept in the tab: the
	 * same on every page of the account, another for any other account; none for anyone else.
	 */
	public String draftKey() {
		return CurrentUser.get()
			.filter(user -> user.kind() == CurrentUser.Kind.USER)
			.map(user -> Base64.getEncoder().encodeToString(keys.getObject().macFor(DRAFT_KEY)
				.doFinal(user.id().toString().getBytes(StandardCharsets.UTF_8))))
			.orElse("");
	}

	private static long seconds(long millis) {
		return Math.floorDiv(millis, 1000);
	}

}
