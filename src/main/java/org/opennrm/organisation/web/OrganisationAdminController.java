package org.opennrm.organisation.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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

import org.opennrm.organisation.Organisation;
import org.opennrm.organisation.OrganisationFilter;
import org.opennrm.organisation.OrganisationForm;
import org.opennrm.organisation.OrganisationManagement;
import org.opennrm.organisation.OrganisationType;
import org.opennrm.reference.Province;
import org.opennrm.reference.ReferenceData;
import org.opennrm.shared.EnumNames;
import org.opennrm.shared.NotFoundException;
import org.opennrm.shared.TextFolding;
import org.opennrm.shared.UserInputException;

/** The administrator's screens for organisations. */
@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasAuthority('ORGANISATION_MANAGE')")
class OrganisationAdminController {

	private static final String FORM = "organisation/form";

	private final OrganisationManagement organisations;
	private final ReferenceData reference;

	OrganisationAdminController(OrganisationManagement organisations, ReferenceData reference) {
		this.organisations = organisations;
		this.reference = reference;
	}

	@GetMapping
	String list(@RequestParam(required = false) String text, @RequestParam(required = false) String type,
			@RequestParam(required = false) String province, @RequestParam(required = false) String active,
			Model model) {
		OrganisationFilter filter = new OrganisationFilter(text, enumOrNull(type),
				reference.province(province).map(Province::code).orElse(null),
				"true".equals(active) ? Boolean.TRUE : "false".equals(active) ? Boolean.FALSE : null);
		model.addAttribute("filter", filter);
		// Sorted here as the user's language sorts (the database's collation puts Kütahya before Kırıkkale).
		model.addAttribute("organisations", organisations.list(filter).stream()
			.sorted(Comparator.comparing(Organisation::name, Collator.getInstance(LocaleContextHolder.getLocale())))
			.toList());
		addChoices(model);
		return "organisation/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		return form(model, null, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		nameMustBeFree(form, null, errors);
		if (!errors.hasErrors()) {
			try {
				Organisation created = organisations.create(form);
				redirect.addFlashAttribute("message", "organisation.saved");
				redirect.addFlashAttribute("highlight", created.id());
				return "redirect:/admin/organisations";
			}
			catch (UserInputException ex) {
				reject(errors, ex);
			}
		}
		return form(model, null, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
		model.addAttribute("form", OrganisationForm.of(organisation));
		return form(model, id, organisation.version());
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam int version,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		nameMustBeFree(form, id, errors);
		if (errors.hasErrors()) {
			return form(model, id, version);
		}
		try {
			organisations.update(id, version, form);
			redirect.addFlashAttribute("message", "organisation.saved");
			redirect.addFlashAttribute("highlight", id);
			return "redirect:/admin/organisations";
		}
		catch (UserInputException ex) {
			reject(errors, ex);
			return form(model, id, version);
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what the user typed, show what is saved now, and let a second save knowingly overwrite it.
			Organisation current = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
			model.addAttribute("conflict", differences(form, current));
			return form(model, id, current.version());
		}
	}

	/** The list's filter comes with the action (fields of the form), so the list comes back as it was. */
	@PostMapping("/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String type, @RequestParam(required = false) String province,
			@RequestParam(required = false) String active, RedirectAttributes redirect) {
		organisations.setActive(id, true);
		redirect.addFlashAttribute("message", "organisation.activated");
		redirect.addFlashAttribute("highlight", id);
		return backToList(text, type, province, active, redirect);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String type, @RequestParam(required = false) String province,
			@RequestParam(required = false) String active, RedirectAttributes redirect) {
		organisations.setActive(id, false);
		redirect.addFlashAttribute("message", "organisation.deactivated");
		redirect.addFlashAttribute("highlight", id);
		return backToList(text, type, province, active, redirect);
	}

	/** The list, filtered by those of the values that are a filter's: the address is always this list's own. */
	private String backToList(String text, String type, String province, String active, RedirectAttributes redirect) {
		if (text != null && !text.isBlank()) {
			redirect.addAttribute("text", text.strip());
		}
		OrganisationType chosenType = enumOrNull(type);
		if (chosenType != null) {
			redirect.addAttribute("type", chosenType.name());
		}
		reference.province(province).ifPresent(p -> redirect.addAttribute("province", p.code()));
		if ("true".equals(active) || "false".equals(active)) {
			redirect.addAttribute("active", active);
		}
		return "redirect:/admin/organisations";
	}

	private String form(Model model, UUID id, Integer version) {
		model.addAttribute("organisationId", id);
		model.addAttribute("version", version);
		addChoices(model);
		return FORM;
	}

	private void addChoices(Model model) {
		model.addAttribute("types", OrganisationType.values());
		List<Province> provinces = reference.provinces();
		model.addAttribute("provinces", provinces);
		model.addAttribute("provinceNames",
				provinces.stream().collect(java.util.stream.Collectors.toMap(Province::code, Province::name)));
	}

	/** A taken name is told with the form's other errors, not only once they are put right. Saving checks again. */
	private void nameMustBeFree(OrganisationForm form, UUID id, BindingResult errors) {
		if (errors.hasErrors() && !errors.hasFieldErrors("name")) {
			organisations.holderOfName(form.name(), id)
				.ifPresent(holder -> errors.rejectValue("name", "organisation.name.takenBy", new Object[] { holder }, null));
		}
	}

	static void reject(BindingResult errors, UserInputException ex) {
		if (ex.field() == null) {
			errors.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
	}

	/** A saved value that differs from what the user entered: the text itself, or a message key for it. */
	record Difference(String labelKey, String value, String valueKey) {
	}

	private List<Difference> differences(OrganisationForm mine, Organisation saved) {
		List<Difference> differences = new ArrayList<>();
		text(differences, "organisation.name", TextFolding.tidyName(mine.name()), saved.name());
		if (mine.type() != saved.type()) {
			differences.add(new Difference("organisation.type", null, saved.type().messageKey()));
		}
		if (!Objects.equals(blankToNull(mine.provinceCode()), saved.provinceCode())) {
			differences.add(saved.provinceCode() == null
					? new Difference("organisation.province", null, "organisation.province.none")
					: new Difference("organisation.province",
							reference.province(saved.provinceCode()).map(Province::name).orElse(saved.provinceCode()), null));
		}
		text(differences, "organisation.address", mine.address(), saved.address());
		text(differences, "organisation.phone", mine.phone(), saved.phone());
		text(differences, "organisation.email", mine.email(), saved.email());
		text(differences, "organisation.website", mine.website(), saved.website());
		if (mine.active() != null && mine.active() != saved.active()) {
			differences.add(new Difference("organisation.active", null, saved.active() ? "common.yes" : "common.no"));
		}
		return differences;
	}

	private static void text(List<Difference> differences, String labelKey, String mine, String saved) {
		if (!Objects.equals(blankToNull(mine), saved)) {
			differences.add(saved == null ? new Difference(labelKey, null, "common.none")
					: new Difference(labelKey, saved, null));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A filter's type, in any case ({@link EnumNames}); null for none or one there is not. */
	private static OrganisationType enumOrNull(String value) {
		return EnumNames.find(OrganisationType.class, value).orElse(null);
	}

}
