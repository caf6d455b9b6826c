package org.minsheng.tracker.dashboard;

import java.util.List;

import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.reporting.ReportingCalendar;
import org.minsheng.tracker.system.PublicViews;
import org.minsheng.tracker.voice.SuggestionBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One commitment's page.
 */
@Controller
class CommitmentController {

	static final String VIEW = "dashboard/commitment";

	private final CommitmentPageService pages;

	private final SuggestionBoard suggestions;

	private final ReportingCalendar calendar;

	private final PublicViews views;

	CommitmentController(CommitmentPageService pages, SuggestionBoard suggestions, ReportingCalendar calendar,
			PublicViews views) {
		this.views = views;
		this.pages = pages;
		this.suggestions = suggestions;
		this.calendar = calendar;
	}

	@GetMapping("/plans/{year}/commitments/{number}")
	String show(@PathVariable int year, @PathVariable int number,
			@RequestParam(name = "asOf", defaultValue = "") AsOf when, Model model) {
		model.addAttribute("page",
				this.views.of("commitment", List.of(year, number, when), () -> this.pages.page(year, number, when)));
		model.addAttribute("asOfDay", when.day());
		model.addAttribute("suggestionsBehind",
				this.views.of("suggestionsBehind", List.of(year, number), () -> this.suggestions.behind(year, number)));
		model.addAttribute("freshness", this.views.of("commitmentFreshness", List.of(year, number, when),
				() -> this.calendar.freshnessOf(year, number, when)));
		return VIEW;
	}

}
