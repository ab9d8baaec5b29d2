package org.opennrm.identity.web;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opennrm.identity.CurrentUser;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;

@Controller
class HomeController {

	private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

	private final OrganisationManagement organisations;

	HomeController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/** The sign-in page; someone already signed in has nothing to do there, and goes to their start page. */
	@PermitAll
	@GetMapping("/login")
	String login() {
		return signedIn() ? "redirect:/" : "login";
	}

	/**
	 * Signing out is a form sent with its CSRF token (a link or an image elsewhere must not sign anyone out): the
	 * address typed, or a bookmark, asks with a button.
	 */
	@PermitAll
	@GetMapping("/logout")
	String logout() {
		return signedIn() ? "logout" : "redirect:/login";
	}

	private static boolean signedIn() {
		return SIGNED_IN.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("user", user);
		model.addAttribute("organisationName",
				organisations.find(user.organisationId()).map(Organisation::name).orElse(""));
		return "home";
	}

}
