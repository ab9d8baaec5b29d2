package org.opennrm.identity.internal;

import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import org.opennrm.identity.UserChanged;

/**
 * The person signed in with a password, as their sessions keep them since sign-in: whether they must still replace a
 * password an administrator set, and, once they or an administrator have changed their account, the sessions brought
 * up to date (they are stored, so every node of the application sees the change).
 */
@Component
public class SignedInSessions {

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
	private final Users users;

	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, Users users) {
		this.sessions = sessions;
		this.users = users;
	}

	/** Whether the person of this session signed in with a password an administrator set, and has not replaced it. */
	public boolean passwordChangeRequired() {
		return signedIn().map(SignedInUser::passwordChangeRequired).orElse(false);
	}

	/** The person has just chosen their own password: the session no longer holds them to the change. */
	public void passwordChosen(HttpServletRequest request, HttpServletResponse response) {
		replace(request, response, SignedInUser::withOwnPassword);
	}

	/** The person has just set the language of their account. */
	public void languageChosen(HttpServletRequest request, HttpServletResponse response, String language) {
		replace(request, response, user -> user.withPreferredLanguage(language));
	}

	/**
	 * An administrator has changed the account's full name: its sessions show the new one from their next request,
	 * without being ended. A session keeps what sign-in read, and a change of what that lets the person do (role,
	 * scope, organisation, province) ends the session instead; the name lets them do nothing, so it is brought up to
	 * date in place. Done once the change is committed, with the name saved then: of two renames at once, the later
	 * stays. A rename with a new role or scope finds no session left to bring up to date: those were ended.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onChanged(UserChanged event) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if ("FULL_NAME_CHANGED".equals(event.change()) && repository != null) {
			users.find(event.userId()).ifPresent(account -> rename(repository, account.username(), account.fullName()));
		}
	}

	private static <S extends Session> void rename(FindByIndexNameSessionRepository<S> repository, String username,
			String fullName) {
		repository.findByPrincipalName(username).values().forEach(session -> {
			if (session.getAttribute(CONTEXT) instanceof SecurityContext stored
					&& stored.getAuthentication() != null
					&& stored.getAuthentication().getPrincipal() instanceof SignedInUser user) {
				session.setAttribute(CONTEXT, contextOf(user.withDisplayName(fullName), stored.getAuthentication()));
				repository.save(session);
			}
		});
	}

	static Optional<SignedInUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user)
				: Optional.empty();
	}

	private void replace(HttpServletRequest request, HttpServletResponse response, UnaryOperator<SignedInUser> change) {
		signedIn().ifPresent(user -> {
			SecurityContext context = contextOf(change.apply(user), SecurityContextHolder.getContext().getAuthentication());
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		});
	}

	/** A security context of the person as changed, with the details (address, session) of their sign-in. */
	private static SecurityContext contextOf(SignedInUser after, Authentication before) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(after, null, after.getAuthorities());
		authentication.setDetails(before.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		return context;
	}

}
