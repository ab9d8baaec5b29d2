package org.opennrm.identity.web;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.opennrm.identity.CurrentUser;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;

@Controller
class HomeController {

	private final OrganisationManagement organisations;

	HomeController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@PermitAll
	@GetMapping("/login")
	String login() {
		return "login";
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
