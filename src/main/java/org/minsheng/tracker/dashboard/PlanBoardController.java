package org.minsheng.tracker.dashboard;

import java.util.List;

import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.reporting.ReportingCalendar;
import org.minsheng.tracker.story.StoryService;
import org.minsheng.tracker.system.PublicViews;
import org.minsheng.tracker.watch.WatchList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page and the year's dashboard.
 */
@Controller
class PlanBoardController {

	static final String BOARD_VIEW = "dashboard/plan";

	static final String NO_PLAN_VIEW = "dashboard/no-plan";

	private final PlanBoardService boards;

	private final StoryService stories;

	private final WatchList watchList;

	private final ReportingCalendar calendar;

	private final PublicViews views;

	PlanBoardController(PlanBoardService boards, StoryService stories, WatchList watchList, ReportingCalendar calendar,
			PublicViews views) {
		this.views = views;
		this.boards = boards;
		this.stories = stories;
		this.watchList = watchList;
		this.calendar = calendar;
	}

	@GetMapping("/")
	String home() {
		List<Integer> years = this.boards.publishedYears();
		return years.isEmpty() ? NO_PLAN_VIEW : "redirect:/plans/" + years.get(0);
	}

	@GetMapping("/plans/{year}")
	String board(@PathVariable int year, @RequestParam(required = false) String area,
			@RequestParam(required = false) String county, @RequestParam(name = "asOf", defaultValue = "") AsOf when,
			Model model) {
		BoardFilter filter = BoardFilter.of(area, county);
		model.addAttribute("board",
				this.views.of("board", List.of(year, filter, when), () -> this.boards.board(year, filter, when)));
		model.addAttribute("asOfDay", when.day());
		model.addAttribute("stories", this.views.of("stories", year, () -> this.stories.ofYear(year)));
		model.addAttribute("watched",
				this.views.of("watched", List.of(year, when), () -> this.watchList.ofYear(year, when.cutoff())));
		model.addAttribute("freshness",
				this.views.of("freshness", List.of(year, when), () -> this.calendar.freshnessOfPlan(year, when)));
		return BOARD_VIEW;
	}

}
