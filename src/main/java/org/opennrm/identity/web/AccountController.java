package org.opennrm.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opennrm.identity.OwnAccount;
import org.opennrm.identity.PasswordChange;
import org.opennrm.identity.PasswordPolicy;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.internal.SignedInSessions;
import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.shared.LanguageLinks;
import org.opennrm.shared.UserInputException;

/**
 * Every signed-in person's own account: what it is, its language, its password; and the password change that a
 * password set by an administrator requires before anything else ({@code PasswordChangeFilter}).
 */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

	private final OwnAccount account;
	private final SignedInSessions sessions;
	private final OrganisationManagement organisations;
	private final LocaleResolver locales;

	AccountController(OwnAccount account, SignedInSessions sessions, OrganisationManagement organisations,
			LocaleResolver locales) {
		this.account = account;
		this.sessions = sessions;
		this.organisations = organisations;
		this.locales = locales;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("change", new PasswordChange(null, null, null));
		return page(model, null);
	}

	@PostMapping("/language")
	String language(@RequestParam(required = false) String preferredLanguage, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		UserAccount changed;
		try {
			changed = account.changeLanguage(preferredLanguage);
		}
		catch (UserInputException ex) {
			model.addAttribute("change", new PasswordChange(null, null, null));
			LanguageLinks.leadTo(request, "/account");
			return page(model, ex.messageKey());
		}
		sessions.languageChosen(request, response, changed.preferredLanguage());
		if (changed.preferredLanguage() != null) {
			// at once, not from the next sign-in on
			locales.setLocale(request, response, Locale.forLanguageTag(changed.preferredLanguage()));
		}
		redirect.addFlashAttribute("message", "account.language.saved");
		return "redirect:/account";
	}

	/** The form alone, for the person who must replace a password an administrator set; the others have it on their page. */
	@GetMapping("/password")
	String passwordForm(Model model) {
		if (!sessions.passwordChangeRequired()) {
			return "redirect:/account";
		}
		model.addAttribute("change", new PasswordChange(null, null, null));
		return passwordPage(model);
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("change") PasswordChange change, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		boolean required = sessions.passwordChangeRequired();
		if (!errors.hasErrors()) {
			try {
				account.changePassword(change, request.getSession().getId());
				sessions.passwordChosen(request, response);
				// the session goes on under a new id: a copy of its cookie taken before (a shared computer, a
				// stolen cookie) is worth nothing now, as the other sessions are
				request.changeSessionId();
				redirect.addFlashAttribute("message", "account.password.changed");
				return required ? "redirect:/" : "redirect:/account";
			}
			catch (UserInputException ex) {
				UserAdminController.reject(errors, ex);
			}
		}
		// a refused form is shown again without the passwords typed: the language links lose nothing, and lead to the
		// form's page
		LanguageLinks.leadTo(request, required ? "/account/password" : "/account");
		return required ? passwordPage(model) : page(model, null);
	}

	private String passwordPage(Model model) {
		model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
		return "identity/account/password";
	}

	private String page(Model model, String errorKey) {
		UserAccount own = account.get();
		model.addAttribute("account", own);
		model.addAttribute("organisationName",
				organisations.find(own.organisationId()).map(Organisation::name).orElse(""));
		model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("error", errorKey);
		return "identity/account/page";
	}

}
