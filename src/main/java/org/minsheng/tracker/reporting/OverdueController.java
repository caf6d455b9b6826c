package org.minsheng.tracker.reporting;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervision office's view of the calendar: reports past their due day, most late
 * first, and each lead department's punctuality.
 */
@Controller
class OverdueController {

	static final String VIEW = "reporting/overdue";

	private final ReportingCalendar calendar;

	OverdueController(ReportingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/staff/review/overdue")
	String overdue(Model model) {
		LocalDate today = this.calendar.today();
		model.addAttribute("today", today);
		model.addAttribute("overdue", this.calendar.overdueOn(today));
		model.addAttribute("punctuality", this.calendar.punctualityOn(today));
		return VIEW;
	}

}
