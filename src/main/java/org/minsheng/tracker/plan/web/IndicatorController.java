package org.minsheng.tracker.plan.web;

import org.minsheng.tracker.plan.IndicatorForm;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.PlanDrafting;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators add an indicator to a draft plan's commitment: kind, unit and target,
 * checked against the same rules as the database.
 */
@Controller
class IndicatorController {

	static final String FORM_VIEW = "plan/indicator-form";

	static final String PATH = "/staff/admin/plans/{year}/commitments/{number}/indicators";

	private final PlanDrafting drafting;

	IndicatorController(PlanDrafting drafting) {
		this.drafting = drafting;
	}

	@GetMapping(PATH)
	String newIndicator(@PathVariable int year, @PathVariable int number, Model model) {
		return showForm(year, number, new IndicatorForm(), model);
	}

	@PostMapping(PATH)
	String add(@PathVariable int year, @PathVariable int number, @ModelAttribute("form") IndicatorForm form,
			BindingResult binding, Principal staff, Model model, RedirectAttributes redirect) {
		this.drafting.check(year, form, binding);
		if (binding.hasErrors()) {
			return showForm(year, number, form, model);
		}
		this.drafting.addIndicator(year, number, form, staff.getName());
		redirect.addFlashAttribute("notice", "admin.indicator.added");
		return "redirect:/staff/admin/plans/" + year;
	}

	private String showForm(int year, int number, IndicatorForm form, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("commitment", this.drafting.commitment(year, number));
		model.addAttribute("form", form);
		model.addAttribute("kinds", IndicatorKind.values());
		return FORM_VIEW;
	}

}
