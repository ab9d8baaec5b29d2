package org.opennrm.identity.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.opennrm.identity.CurrentUser;
import org.opennrm.identity.SignInLockManagement;
import org.opennrm.identity.SignInLocks;
import org.opennrm.identity.UserAccount;
import org.opennrm.identity.UserManagement;
import org.opennrm.shared.UserInputException;

/**
 * The administrator's screen of what keeps people from signing in now: refused client addresses (an office behind one
 * address among them) and locked accounts, each with a button that lifts it.
 */
@Controller
@RequestMapping("/admin/sign-in-locks")
@PreAuthorize("hasAuthority('USER_MANAGE')")
class SignInLockAdminController {

	private final SignInLockManagement locks;
	private final UserManagement users;
	private final AdminChoices choices;

	SignInLockAdminController(SignInLockManagement locks, UserManagement users, AdminChoices choices) {
		this.locks = locks;
		this.users = users;
		this.choices = choices;
	}

	@GetMapping
	String list(Model model) {
		SignInLocks current = locks.current();
		model.addAttribute("addresses", current.addresses());
		model.addAttribute("accounts", current.accounts());
		// one's own lock is lifted by another administrator, not offered here
		model.addAttribute("self", CurrentUser.get().map(CurrentUser::id).orElse(null));
		choices.addTo(model);
		return "identity/sign-in-locks";
	}

	@PostMapping("/addresses/release")
	String releaseAddress(@RequestParam String address, RedirectAttributes redirect) {
		boolean released = locks.releaseAddress(address);
		return done(redirect, released ? "signInLock.address.released" : "signInLock.address.notRefused", address);
	}

	@PostMapping("/accounts/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			UserAccount account = users.unlock(id);
			return done(redirect, "signInLock.account.unlocked", account.username());
		}
		catch (UserInputException ex) {
			// one's own account: the list says why it stays locked
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/admin/sign-in-locks";
		}
	}

	/** Back to the list, which says what was done to what. */
	private static String done(RedirectAttributes redirect, String message, String subject) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("subject", subject);
		return "redirect:/admin/sign-in-locks";
	}

}
