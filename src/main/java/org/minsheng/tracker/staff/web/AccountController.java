package org.minsheng.tracker.staff.web;

import org.minsheng.tracker.staff.AccessForm;
import org.minsheng.tracker.staff.AccountAdministration.NewAccount;
import org.minsheng.tracker.staff.AccountAdministration;
import org.minsheng.tracker.staff.NewAccountForm;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage staff accounts. A form with mistakes comes back as typed with a
 * message at each mistake; a generated password is shown once, on the page that answers
 * the request, and never stored anywhere but as a hash.
 */
@Controller
@RequestMapping("/staff/admin/users")
class AccountController {

	static final String LIST_VIEW = "staff/users";

	static final String NEW_VIEW = "staff/user-new";

	static final String EDIT_VIEW = "staff/user-edit";

	static final String PASSWORD_VIEW = "staff/user-password";

	static final String REDIRECT_TO_LIST = "redirect:/staff/admin/users";

	private final AccountAdministration accounts;

	AccountController(AccountAdministration accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.users());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		return showNew(new NewAccountForm(), model);
	}

	@PostMapping
	String create(@ModelAttribute("form") NewAccountForm form, BindingResult binding, StaffMember staff, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			this.accounts.check(form, binding);
		}
		if (binding.hasErrors()) {
			return showNew(form, model);
		}
		NewAccount account = this.accounts.create(form, staff.username());
		if (account.generatedPassword() != null) {
			return showPassword(account.user(), account.generatedPassword(), "admin.user.created", model);
		}
		redirect.addFlashAttribute("notice", "admin.user.created");
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		StaffUser user = this.accounts.user(id);
		return showEdit(user, AccessForm.of(user), model);
	}

	@PostMapping("/{id}")
	String changeAccess(@PathVariable Long id, @ModelAttribute("form") AccessForm form, BindingResult binding,
			StaffMember staff, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			this.accounts.check(id, form, staff.username(), binding);
		}
		if (binding.hasErrors()) {
			return showEdit(this.accounts.user(id), form, model);
		}
		this.accounts.changeAccess(id, form, staff.username());
		redirect.addFlashAttribute("notice", "admin.user.saved");
		return "redirect:/staff/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, StaffMember staff, RedirectAttributes redirect) {
		this.accounts.disable(id, staff.username());
		redirect.addFlashAttribute("notice", "admin.user.disabled");
		return "redirect:/staff/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, StaffMember staff, RedirectAttributes redirect) {
		this.accounts.enable(id, staff.username());
		redirect.addFlashAttribute("notice", "admin.user.enabled");
		return "redirect:/staff/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, StaffMember staff, Model model) {
		String password = this.accounts.resetPassword(id, staff.username());
		return showPassword(this.accounts.user(id), password, "admin.user.passwordReset", model);
	}

	private String showNew(NewAccountForm form, Model model) {
		form.setPassword(null);
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", this.accounts.departments());
		return NEW_VIEW;
	}

	private String showEdit(StaffUser user, AccessForm form, Model model) {
		model.addAttribute("account", user);
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", this.accounts.departments());
		return EDIT_VIEW;
	}

	private static String showPassword(StaffUser user, String password, String notice, Model model) {
		model.addAttribute("account", user);
		model.addAttribute("password", password);
		model.addAttribute("notice", notice);
		return PASSWORD_VIEW;
	}

}
