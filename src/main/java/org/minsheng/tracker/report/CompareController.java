package org.minsheng.tracker.report;

import java.util.ArrayList;
import java.util.List;

import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.dashboard.PlanBoardService;
import org.minsheng.tracker.dashboard.YearComparison;
import org.minsheng.tracker.progress.AsOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /compare?years=2025,2026}: two to five published plans side by side by area. A
 * malformed list is a 400 and a year without a published plan a 404, each saying so.
 */
@Controller
class CompareController {

	static final String VIEW = "report/compare";

	private final PlanBoardService boards;

	CompareController(PlanBoardService boards) {
		this.boards = boards;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(defaultValue = "") YearList years,
			@RequestParam(name = "asOf", defaultValue = "") AsOf when, Model model) {
		List<PlanBoard> compared = new ArrayList<>();
		for (int year : years.years()) {
			compared.add(this.boards.figures(year, when));
		}
		model.addAttribute("boards", compared);
		model.addAttribute("comparison", YearComparison.of(compared));
		model.addAttribute("asOfDay", when.day());
		return VIEW;
	}

}
