package org.minsheng.tracker.staff.web;

import org.minsheng.tracker.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff workspace's home: what the signed-in person can do.
 */
@Controller
class WorkspaceController {

	static final String VIEW = "staff/home";

	@GetMapping("/staff")
	String home(StaffMember staff, Model model) {
		model.addAttribute("me", staff);
		return VIEW;
	}

}
