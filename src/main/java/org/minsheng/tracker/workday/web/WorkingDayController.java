package org.minsheng.tracker.workday.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.workday.DayKind;
import org.minsheng.tracker.workday.WorkingDayAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see a year's holidays and adjusted working days, add or change a day and
 * remove one; every change is audited.
 */
@Controller
@RequestMapping("/staff/admin/working-days")
class WorkingDayController {

	static final String VIEW = "workday/calendar";

	private final WorkingDayAdministration calendar;

	private final Clock clock;

	WorkingDayController(WorkingDayAdministration calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String year(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("form", new WorkingDayForm());
		return page(year, model);
	}

	@PostMapping
	String set(@Valid @ModelAttribute("form") WorkingDayForm form, BindingResult binding, StaffMember staff,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("date") && form.parsedDate() == null) {
			binding.rejectValue("date", "workday.error.dateFormat");
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page((form.parsedDate() != null) ? form.parsedDate().getYear() : null, model);
		}
		this.calendar.set(form.toDay(), staff.username());
		redirect.addFlashAttribute("notice", "workday.notice.saved");
		return "redirect:/staff/admin/working-days?year=" + form.parsedDate().getYear();
	}

	@PostMapping("/remove")
	String remove(@RequestParam(required = false) String date, StaffMember staff, RedirectAttributes redirect) {
		LocalDate day = WorkingDayForm.parse(date);
		boolean removed = day != null && this.calendar.remove(day, staff.username());
		redirect.addFlashAttribute(removed ? "notice" : "error",
				removed ? "workday.notice.removed" : "workday.error.gone");
		return "redirect:/staff/admin/working-days" + ((day != null) ? "?year=" + day.getYear() : "");
	}

	private String page(Integer year, Model model) {
		int shown = (year != null && year >= 2000 && year <= 2100) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", this.calendar.year(shown));
		model.addAttribute("kinds", DayKind.values());
		return VIEW;
	}

}
