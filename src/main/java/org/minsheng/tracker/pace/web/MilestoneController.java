package org.minsheng.tracker.pace.web;

import org.minsheng.tracker.pace.MilestoneDesk;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Milestones of one indicator: administrators set them while the plan is a draft
 * ({@value #ADMIN_PATH}); on a published plan an editor of the lead department files a
 * change with its reason ({@value #EDITOR_PATH}), which the supervision office reviews. A
 * form with mistakes comes back as typed, a message at each.
 */
@Controller
class MilestoneController {

	static final String FORM_VIEW = "pace/milestone-form";

	static final String LIST_VIEW = "pace/milestones";

	static final String ADMIN_PATH = "/staff/admin/milestones/{indicatorId}";

	static final String EDITOR_PATH = "/staff/reports/milestones/{indicatorId}";

	static final String EDITOR_LIST = "/staff/reports/milestones";

	private final MilestoneDesk desk;

	MilestoneController(MilestoneDesk desk) {
		this.desk = desk;
	}

	@GetMapping(ADMIN_PATH)
	String draftForm(@PathVariable Long indicatorId, Model model) {
		Indicator indicator = this.desk.indicator(indicatorId);
		MilestoneForm form = new MilestoneForm();
		form.setLines(this.desk.currentLines(indicatorId));
		return show(indicator, form, false, model);
	}

	@PostMapping(ADMIN_PATH)
	String setWhileDrafting(@PathVariable Long indicatorId, @ModelAttribute("form") MilestoneForm form,
			BindingResult binding, StaffMember staff, Model model, RedirectAttributes redirect) {
		Indicator indicator = this.desk.indicator(indicatorId);
		try {
			this.desk.setWhileDrafting(indicatorId, form.getLines(), staff.username());
		}
		catch (InvalidInputException ex) {
			ex.reportTo(binding);
			return show(indicator, form, false, model);
		}
		redirect.addFlashAttribute("notice", "pace.notice.drafted");
		return "redirect:/staff/admin/plans/" + indicator.getCommitment().getPlan().getYear();
	}

	@GetMapping(EDITOR_LIST)
	String list(StaffMember staff, Model model) {
		model.addAttribute("indicators", this.desk.ledIndicators(staff));
		model.addAttribute("filed", this.desk.filedFor(staff));
		return LIST_VIEW;
	}

	@GetMapping(EDITOR_PATH)
	String changeForm(@PathVariable Long indicatorId, StaffMember staff, Model model) {
		Indicator indicator = this.desk.indicatorFor(indicatorId, staff);
		MilestoneForm form = new MilestoneForm();
		form.setLines(this.desk.currentLines(indicatorId));
		return show(indicator, form, true, model);
	}

	@PostMapping(EDITOR_PATH)
	String fileChange(@PathVariable Long indicatorId, @ModelAttribute("form") MilestoneForm form, BindingResult binding,
			StaffMember staff, Model model, RedirectAttributes redirect) {
		Indicator indicator = this.desk.indicatorFor(indicatorId, staff);
		try {
			this.desk.fileChange(indicatorId, form.getLines(), form.getReason(), staff);
		}
		catch (InvalidInputException ex) {
			ex.reportTo(binding);
			return show(indicator, form, true, model);
		}
		redirect.addFlashAttribute("notice", "pace.notice.filed");
		return "redirect:" + EDITOR_LIST;
	}

	private String show(Indicator indicator, MilestoneForm form, boolean asChange, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("form", form);
		model.addAttribute("asChange", asChange);
		model.addAttribute("current", this.desk.currentLines(indicator.getId()));
		return FORM_VIEW;
	}

}
