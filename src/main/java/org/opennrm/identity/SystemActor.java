package org.opennrm.identity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Work that no person asks for — creating the first administrator, loading the demo, a scheduled job, an import —
 * done as a named actor of the system. It goes through the same doors as a person: the service's
 * {@code @PreAuthorize} checks the role given here, the scope filters see a national scope, and the audit trail
 * records the job ({@code system:<job>}, kind {@link CurrentUser.Kind#SYSTEM}). There is no other way past them: no
 * service has an unchecked twin of its methods.
 *
 * <p>A system job never runs on a thread where someone is already signed in: it would let a person's request act
 * beyond the person's role. It is refused there, as is one job inside another.
 */
public final class SystemActor {

	private static final Pattern JOB = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private SystemActor() {
	}

	/**
	 * Runs {@code work} as the job {@code job} in {@code role}, nationally, and returns its result.
	 *
	 * @param job lower-case letters, digits and hyphens, e.g. {@code create-admin}; recorded in the audit trail
	 * @throws IllegalStateException when someone (a person, a client or another job) is already acting on this thread
	 */
	public static <T> T call(String job, Role role, Supplier<T> work) {
		SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
		SecurityContext current = holder.getContext();
		if (current != null && current.getAuthentication() != null) {
			throw new IllegalStateException("the system job '" + job + "' cannot run where someone is already acting");
		}
		CurrentUser actor = of(job, role);
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.authorities()));
		holder.setContext(context);
		try {
			return work.get();
		}
		finally {
			holder.clearContext();
		}
	}

	/** {@link #call} for work without a result. */
	public static void run(String job, Role role, Runnable work) {
		call(job, role, () -> {
			work.run();
			return null;
		});
	}

	/** How the audit trail names a job: {@code system:<job>}. */
	public static String nameOf(String job) {
		if (job == null || !JOB.matcher(job).matches()) {
			throw new IllegalArgumentException("a system job is named in lower-case letters, digits and hyphens: " + job);
		}
		return "system:" + job;
	}

	/** A job's id in the audit trail: the same every time, so that the trail can be searched by it. */
	public static UUID idOf(String job) {
		return UUID.nameUUIDFromBytes(nameOf(job).getBytes(StandardCharsets.UTF_8));
	}

	/** The actor a job acts as: the same id every time, so the audit trail can be searched by it. */
	static CurrentUser of(String job, Role role) {
		String username = nameOf(job);
		if (role == null || !role.allowedScopes().contains(Scope.NATIONAL)) {
			throw new IllegalArgumentException("a system job acts nationally, in a role allowed to: " + role);
		}
		return new CurrentUser(idOf(job), username, job, role, Scope.NATIONAL, null, null, CurrentUser.Kind.SYSTEM);
	}

}
