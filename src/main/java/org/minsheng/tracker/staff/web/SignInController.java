package org.minsheng.tracker.staff.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page; Spring Security handles the form's POST.
 */
@Controller
class SignInController {

	static final String VIEW = "staff/login";

	@GetMapping("/staff/login")
	String signIn() {
		return VIEW;
	}

}
