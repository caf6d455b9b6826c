package org.minsheng.tracker.staff.web;

import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.staff.ReminderAddress;
import org.minsheng.tracker.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where each staff member sets the email address their reminders go to.
 */
@Controller
class ReminderAddressController {

	static final String VIEW = "staff/email";

	static final String PATH = "/staff/email";

	private final ReminderAddress addresses;

	ReminderAddressController(ReminderAddress addresses) {
		this.addresses = addresses;
	}

	@GetMapping(PATH)
	String show(StaffMember staff, Model model) {
		model.addAttribute("email", this.addresses.of(staff));
		return VIEW;
	}

	@PostMapping(PATH)
	String change(StaffMember staff, @RequestParam(defaultValue = "") String email, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (email.length() > 254 || !this.addresses.change(staff, email)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("email", email);
			model.addAttribute("error", "staff.email.invalid");
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "staff.email.saved");
		return "redirect:/staff";
	}

}
