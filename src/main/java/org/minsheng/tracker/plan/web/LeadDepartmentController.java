package org.minsheng.tracker.plan.web;

import java.util.List;

import org.minsheng.tracker.plan.PlanAdministration;
import org.minsheng.tracker.system.Problem;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators create departments and name the department that leads each commitment.
 */
@Controller
class LeadDepartmentController {

	static final String VIEW = "plan/lead-departments";

	static final String REDIRECT = "redirect:/staff/admin/commitments";

	private final PlanAdministration administration;

	LeadDepartmentController(PlanAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/staff/admin/commitments")
	String show(Model model) {
		model.addAttribute("commitments", this.administration.commitments());
		model.addAttribute("departments", this.administration.departments());
		return VIEW;
	}

	@PostMapping("/staff/admin/departments")
	String createDepartment(@RequestParam(required = false) String code, @RequestParam(required = false) String nameZh,
			@RequestParam(required = false) String nameEn, Principal staff, RedirectAttributes redirect) {
		List<Problem> errors = this.administration.createDepartment(code, nameZh, nameEn, staff.getName());
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("notice", "admin.department.created");
		}
		else {
			redirect.addFlashAttribute("error", errors.get(0).messageKey());
			redirect.addFlashAttribute("typed", new String[] { code, nameZh, nameEn });
		}
		return REDIRECT;
	}

	@PostMapping("/staff/admin/commitments/{id}/lead")
	String assignLead(@PathVariable Long id, @RequestParam(required = false) Long department, Principal staff,
			RedirectAttributes redirect) {
		this.administration.assignLead(id, department, staff.getName());
		redirect.addFlashAttribute("notice", "admin.lead.saved");
		return REDIRECT;
	}

}
