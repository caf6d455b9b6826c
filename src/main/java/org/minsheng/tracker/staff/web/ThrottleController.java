package org.minsheng.tracker.staff.web;

import org.minsheng.tracker.staff.SignInThrottles;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.Throttle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see the failed sign-ins counted per account name and per client address,
 * which of them make attempts wait and until when, and clear one (audited).
 */
@Controller
@RequestMapping("/staff/admin/throttles")
class ThrottleController {

	static final String VIEW = "staff/throttles";

	private final SignInThrottles throttles;

	ThrottleController(SignInThrottles throttles) {
		this.throttles = throttles;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("throttles", this.throttles.current());
		return VIEW;
	}

	@PostMapping("/clear")
	String clear(@RequestParam(required = false) String kind, @RequestParam(required = false) String key,
			StaffMember staff, RedirectAttributes redirect) {
		Throttle.Kind which = kind(kind);
		boolean cleared = which != null && key != null && this.throttles.clear(which, key, staff.username());
		redirect.addFlashAttribute(cleared ? "notice" : "error",
				cleared ? "admin.throttles.cleared" : "admin.throttles.gone");
		return "redirect:/staff/admin/throttles";
	}

	private static Throttle.Kind kind(String kind) {
		for (Throttle.Kind each : Throttle.Kind.values()) {
			if (each.name().equals(kind)) {
				return each;
			}
		}
		return null;
	}

}
