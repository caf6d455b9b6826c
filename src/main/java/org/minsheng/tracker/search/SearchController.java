package org.minsheng.tracker.search;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=电梯&year=2025}: results grouped by kind, the match marked. */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
		SearchResults results = this.search.search(query, year, locale);
		model.addAttribute("results", results);
		model.addAttribute("searchQuery", results.query());
		return VIEW;
	}

}
