package org.minsheng.tracker.progress.web;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.progress.FilingResult;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ReportDesk;
import org.minsheng.tracker.progress.ReportFilingService;
import org.minsheng.tracker.progress.ReportForm;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' desk and report form. A form with mistakes comes back with every value as
 * typed and a message at each mistake; nothing is saved.
 */
@Controller
@RequestMapping("/staff/reports")
class ReportController {

	static final String DESK_VIEW = "progress/desk";

	static final String FORM_VIEW = "progress/report-form";

	static final String REDIRECT_TO_DESK = "redirect:/staff/reports";

	private final ReportFilingService filing;

	private final ReportDesk desk;

	private final CountyDirectory counties;

	ReportController(ReportFilingService filing, ReportDesk desk, CountyDirectory counties) {
		this.filing = filing;
		this.desk = desk;
		this.counties = counties;
	}

	@GetMapping
	String desk(StaffMember staff, Model model) {
		model.addAttribute("desk", this.desk.forEditor(staff));
		return DESK_VIEW;
	}

	@GetMapping("/new")
	String newReport(@RequestParam Long indicator, StaffMember staff, Model model) {
		ReportForm form = new ReportForm();
		form.setIndicatorId(indicator);
		return showForm(form, this.filing.indicatorFor(indicator, staff), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ReportForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, StaffMember staff, Model model,
			RedirectAttributes redirect) {
		Indicator indicator = this.filing.indicatorFor(form.getIndicatorId(), staff);
		if (binding.hasErrors()) {
			return showForm(form, indicator, null, model);
		}
		FilingResult result = this.filing.file(form.toFiling(), null, "submit".equals(action), staff);
		if (!result.isSaved()) {
			reject(binding, result);
			return showForm(form, indicator, null, model);
		}
		redirect.addFlashAttribute("notice",
				"submit".equals(action) ? "report.notice.submitted" : "report.notice.saved");
		return REDIRECT_TO_DESK;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, StaffMember staff, Model model) {
		ProgressReport report = this.filing.reportFor(id, staff);
		return showForm(ReportForms.of(report), report.getIndicator(), report, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @ModelAttribute("form") ReportForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, StaffMember staff, Model model,
			RedirectAttributes redirect) {
		ProgressReport report = this.filing.reportFor(id, staff);
		if (binding.hasErrors()) {
			return showForm(form, report.getIndicator(), report, model);
		}
		FilingResult result = this.filing.file(form.toFiling(), id, "submit".equals(action), staff);
		if (!result.isSaved()) {
			reject(binding, result);
			return showForm(form, report.getIndicator(), report, model);
		}
		redirect.addFlashAttribute("notice",
				"submit".equals(action) ? "report.notice.submitted" : "report.notice.saved");
		return REDIRECT_TO_DESK;
	}

	private String showForm(ReportForm form, Indicator indicator, ProgressReport report, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("indicator", indicator);
		model.addAttribute("report", report);
		model.addAttribute("lastApproved", this.filing.lastApproved(indicator.getId()));
		model.addAttribute("counties", this.counties.all());
		return FORM_VIEW;
	}

	private static void reject(BindingResult binding, FilingResult result) {
		Problem.reportAll(result.problems(), binding);
	}

}
