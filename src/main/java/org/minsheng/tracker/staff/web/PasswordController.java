package org.minsheng.tracker.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.minsheng.tracker.staff.PasswordChange;
import org.minsheng.tracker.staff.PasswordForm;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every member of staff changes their own password here (the current one required); the
 * other sessions of the account end. Someone given a password by an administrator lands
 * here from every staff page until they have chosen their own.
 */
@Controller
class PasswordController {

	static final String PATH = "/staff/password";

	static final String VIEW = "staff/password";

	private final PasswordChange passwords;

	PasswordController(PasswordChange passwords) {
		this.passwords = passwords;
	}

	@GetMapping(PATH)
	String form(StaffMember staff, Model model) {
		return show(staff, new PasswordForm(), model);
	}

	@PostMapping(PATH)
	String change(@ModelAttribute("form") PasswordForm form, BindingResult binding, StaffMember staff,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			this.passwords.check(staff.username(), form, binding);
		}
		if (binding.hasErrors()) {
			return show(staff, form, model);
		}
		HttpSession session = request.getSession(false);
		this.passwords.change(staff.username(), form, (session != null) ? session.getId() : null);
		redirect.addFlashAttribute("notice", "staff.password.changed");
		return "redirect:/staff";
	}

	private static String show(StaffMember staff, PasswordForm form, Model model) {
		form.clear();
		model.addAttribute("form", form);
		model.addAttribute("me", staff);
		return VIEW;
	}

}
