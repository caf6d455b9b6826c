package org.minsheng.tracker.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.minsheng.tracker.dashboard.AsOfParameter;
import org.minsheng.tracker.dashboard.BoardFilter;
import org.minsheng.tracker.dashboard.PlanBoard;
import org.minsheng.tracker.dashboard.PlanBoardService;
import org.minsheng.tracker.dashboard.YearComparison;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.system.BadRequestException;
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

	private static final Pattern YEARS = Pattern.compile("\\d{4}(,\\d{4})*");

	private final PlanBoardService boards;

	private final AsOfParameter asOfParameter;

	CompareController(PlanBoardService boards, AsOfParameter asOfParameter) {
		this.boards = boards;
		this.asOfParameter = asOfParameter;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) String years, @RequestParam(required = false) String asOf,
			Model model) {
		AsOf when = this.asOfParameter.parse(asOf);
		List<PlanBoard> compared = new ArrayList<>();
		for (int year : years(years)) {
			compared.add(this.boards.board(year, BoardFilter.NONE, when));
		}
		model.addAttribute("boards", compared);
		model.addAttribute("comparison", YearComparison.of(compared));
		model.addAttribute("asOfDay", when.day());
		return VIEW;
	}

	static List<Integer> years(String typed) {
		String compact = (typed != null) ? typed.replace(" ", "") : "";
		if (!YEARS.matcher(compact).matches()) {
			throw new BadRequestException("compare.invalid");
		}
		Set<Integer> years = new LinkedHashSet<>();
		for (String year : compact.split(",")) {
			years.add(Integer.valueOf(year));
		}
		if (years.size() < 2 || years.size() > YearComparison.MAX_YEARS) {
			throw new BadRequestException("compare.count");
		}
		return List.copyOf(years);
	}

}
