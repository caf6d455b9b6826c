package org.minsheng.tracker.staff.web;

import java.security.Principal;

import org.minsheng.tracker.staff.StaffUsers;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff workspace's home: what the signed-in person can do.
 */
@Controller
class WorkspaceController {

	static final String VIEW = "staff/home";

	private final StaffUsers users;

	WorkspaceController(StaffUsers users) {
		this.users = users;
	}

	@GetMapping("/staff")
	@Transactional(readOnly = true)
	String home(Principal principal, Model model) {
		model.addAttribute("me", this.users.findByUsername(principal.getName())
			.orElseThrow(() -> new NotFoundException("notFound.page")));
		return VIEW;
	}

}
