package org.minsheng.tracker.dashboard;

import java.util.Arrays;

import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.system.PublicViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One county's page.
 */
@Controller
class CountyController {

	static final String VIEW = "dashboard/county";

	private final CountyPageService pages;

	private final PublicViews views;

	CountyController(CountyPageService pages, PublicViews views) {
		this.views = views;
		this.pages = pages;
	}

	@GetMapping("/counties/{code}")
	String show(@PathVariable String code, @RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "asOf", defaultValue = "") AsOf when, Model model) {
		model.addAttribute("page",
				this.views.of("county", Arrays.asList(code, year, when), () -> this.pages.page(code, year, when)));
		model.addAttribute("asOfDay", when.day());
		return VIEW;
	}

}
