package org.opennrm.identity.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opennrm.identity.ApiClient;
import org.opennrm.identity.ApiClientManagement;
import org.opennrm.identity.IssuedApiClient;
import org.opennrm.identity.Role;
import org.opennrm.identity.Scope;
import org.opennrm.identity.internal.RoleMisfits;
import org.opennrm.shared.UserInputException;

/** The administrator's screens for system-to-system API clients. */
@Controller
@RequestMapping("/admin/api-clients")
@PreAuthorize("hasAuthority('API_CLIENT_MANAGE')")
class ApiClientAdminController {

	private static final String ISSUED = "/admin/api-clients/issued";

	private final ApiClientManagement clients;
	private final AdminChoices choices;
	private final RoleMisfits misfits;

	ApiClientAdminController(ApiClientManagement clients, AdminChoices choices, RoleMisfits misfits) {
		this.clients = clients;
		this.choices = choices;
		this.misfits = misfits;
	}

	@GetMapping
	String list(Model model) {
		List<ApiClient> listed = clients.list();
		model.addAttribute("clients", listed);
		choices.addTo(model);
		// a client whose role its organisation's type may not hold (issued before that was checked) is marked
		model.addAttribute("misfits", misfits.among(listed));
		return "identity/api-clients/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", ApiClientForm.empty());
		return form(model, null, null, null);
	}

	/**
	 * On success, on to the page that shows the token ({@link #issued}): redirected, so that reloading that page cannot
	 * issue a second token. The token goes there sealed ({@link TokenHandover}).
	 */
	@PostMapping
	String create(@Valid @ModelAttribute("form") ApiClientForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				IssuedApiClient issued = clients.issue(form.toRequest());
				redirect.addFlashAttribute(TokenHandover.FLASH,
						TokenHandover.seal(issued.client().id(), issued.token(), ISSUED, request, response));
				return "redirect:" + ISSUED;
			}
			catch (UserInputException ex) {
				// the service's expiry is the form's day
				UserAdminController.reject(errors, "expiresAt".equals(ex.field())
						? new UserInputException("expiresOn", ex.messageKey(), ex.arguments()) : ex);
			}
		}
		AdminChoices.Sent sent = AdminChoices.sent(errors);
		return form(model, sent.organisationId(), sent.role(), sent.scope());
	}

	/**
	 * The token, once: the first time this page is shown after the client was issued, in this browser. Asked for again
	 * (reloaded, or in another language) it says the token was shown and is not shown again.
	 */
	@GetMapping("/issued")
	String issued(Model model, HttpServletRequest request, HttpServletResponse response) {
		// the flash attribute, if this is the redirect after the token was issued (never bound from the request)
		TokenHandover.Sealed sealed = model.asMap().remove(TokenHandover.FLASH) instanceof TokenHandover.Sealed s ? s : null;
		Optional<String> token = TokenHandover.open(sealed, ISSUED, request, response);
		Optional<ApiClient> client = token.flatMap(t -> clients.find(sealed.clientId()));
		choices.addTo(model);
		if (client.isEmpty()) {
			return "identity/api-clients/already-shown";
		}
		model.addAttribute("issued", new IssuedApiClient(client.get(), token.get()));
		// a language link would ask for this page again, and the token would be gone
		model.addAttribute("languageHeld", true);
		return "identity/api-clients/created";
	}

	/** The scope options for a role, swapped into the form by htmx when the role changes. */
	@GetMapping("/scope-options")
	String scopeOptions(@RequestParam(required = false) String role, Model model) {
		return AdminChoices.scopeOptions(role, model);
	}

	/** The role options for an organisation, with the scope options, swapped in by htmx when the organisation changes. */
	@GetMapping("/role-options")
	String roleOptions(@RequestParam(required = false) String organisationId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String scope, Model model) {
		return choices.roleOptions(AdminChoices.uuidOrNull(organisationId), role, scope, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		clients.revoke(id);
		redirect.addFlashAttribute("message", "apiClient.revoked");
		return "redirect:/admin/api-clients";
	}

	/** The form's choices, its roles those that the organisation chosen may hold. */
	private String form(Model model, UUID organisationId, Role role, Scope scope) {
		AdminChoices.addScopes(model, role, scope);
		choices.addTo(model);
		choices.addRoles(model, organisationId, role);
		return "identity/api-clients/form";
	}

}
