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

	private final AsOfParameter asOfParameter;

	YearReviewController(PlanBoardService boards, AsOfParameter asOfParameter) {
		this.boards = boards;
		this.asOfParameter = asOfParameter;
	}

	@GetMapping("/plans/{year}/review")
	String review(@PathVariable int year, @RequestParam(required = false) String asOf, Model model) {
		AsOf when = this.asOfParameter.parse(asOf);
		model.addAttribute("board", this.boards.board(year, BoardFilter.NONE, when));
		model.addAttribute("asOfDay", when.day());
		return VIEW;
	}

}
