package org.opennrm.identity.internal;

import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The person signed in with a password, as this request's session keeps them since sign-in: whether they must still
 * replace a password an administrator set, and, once they have changed their account, the session brought up to date
 * (it is stored, so every node of the application sees the change).
 */
@Component
public class SignedInSessions {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

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

	static Optional<SignedInUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user)
				: Optional.empty();
	}

	private void replace(HttpServletRequest request, HttpServletResponse response, UnaryOperator<SignedInUser> change) {
		signedIn().ifPresent(user -> {
			Authentication before = SecurityContextHolder.getContext().getAuthentication();
			SignedInUser after = change.apply(user);
			UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
				.authenticated(after, null, after.getAuthorities());
			authentication.setDetails(before.getDetails());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		});
	}

}
