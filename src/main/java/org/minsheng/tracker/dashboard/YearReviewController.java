package org.minsheng.tracker.dashboard;

import org.minsheng.tracker.progress.AsOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year-end review (年度盘点), generated from the data: the count of commitments, how many
 * were delivered, over-achieved and behind, each commitment's figures against its
 * targets, and the sources. Prints on A4.
 */
@Controller
class YearReviewController {

	static final String VIEW = "dashboard/review";

	private final PlanBoardService boards;

	YearReviewController(PlanBoardService boards) {
		this.boards = boards;
	}

	@GetMapping("/plans/{year}/review")
	String review(@PathVariable int year, @RequestParam(name = "asOf", defaultValue = "") AsOf when, Model model) {
		model.addAttribute("board", this.boards.figures(year, when));
		model.addAttribute("asOfDay", when.day());
		return VIEW;
	}

}
