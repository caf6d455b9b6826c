package org.minsheng.tracker.plan.web;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.CommitmentForm;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanAdministration;
import org.minsheng.tracker.plan.PlanDrafting;
import org.minsheng.tracker.plan.PlanForm;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators list the plans, create a year's draft, add its commitments and publish
 * it. A form with mistakes comes back as typed, with a message at each mistake.
 */
@Controller
@RequestMapping("/staff/admin/plans")
class PlanDraftController {

	static final String LIST_VIEW = "plan/plans";

	static final String PLAN_VIEW = "plan/plan";

	private final PlanDrafting drafting;

	private final PlanAdministration administration;

	PlanDraftController(PlanDrafting drafting, PlanAdministration administration) {
		this.drafting = drafting;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		return showList(new PlanForm(), model);
	}

	@PostMapping
	String create(@ModelAttribute("form") PlanForm form, BindingResult binding, Principal staff, Model model,
			RedirectAttributes redirect) {
		this.drafting.check(form, binding);
		if (binding.hasErrors()) {
			return showList(form, model);
		}
		Plan plan = this.drafting.createDraft(form, staff.getName());
		redirect.addFlashAttribute("notice", "admin.plan.created");
		return "redirect:/staff/admin/plans/" + plan.getYear();
	}

	@GetMapping("/{year}")
	String plan(@PathVariable int year, Model model) {
		return showPlan(year, new CommitmentForm(), model);
	}

	@PostMapping("/{year}/commitments")
	String addCommitment(@PathVariable int year, @ModelAttribute("form") CommitmentForm form, BindingResult binding,
			Principal staff, Model model, RedirectAttributes redirect) {
		this.drafting.check(year, form, binding);
		if (binding.hasErrors()) {
			return showPlan(year, form, model);
		}
		this.drafting.addCommitment(year, form, staff.getName());
		redirect.addFlashAttribute("notice", "admin.commitment.added");
		return "redirect:/staff/admin/plans/" + year;
	}

	@PostMapping("/{year}/publish")
	String publish(@PathVariable int year, Principal staff, Model model, RedirectAttributes redirect) {
		CommitmentForm form = new CommitmentForm();
		BindingResult problems = new BeanPropertyBindingResult(form, "form");
		this.drafting.checkPublish(year, problems);
		if (problems.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", problems);
			return showPlan(year, form, model);
		}
		this.drafting.publish(year, staff.getName());
		redirect.addFlashAttribute("notice", "admin.plan.published");
		return "redirect:/staff/admin/plans/" + year;
	}

	private String showList(PlanForm form, Model model) {
		model.addAttribute("plans", this.drafting.plans());
		model.addAttribute("form", form);
		return LIST_VIEW;
	}

	private String showPlan(int year, CommitmentForm form, Model model) {
		model.addAttribute("outline", this.drafting.outline(year));
		model.addAttribute("form", form);
		model.addAttribute("areas", Area.values());
		model.addAttribute("departments", this.administration.departments());
		return PLAN_VIEW;
	}

}
