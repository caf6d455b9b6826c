package org.minsheng.tracker.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One county's page.
 */
@Controller
class CountyController {

	static final String VIEW = "dashboard/county";

	private final CountyPageService pages;

	CountyController(CountyPageService pages) {
		this.pages = pages;
	}

	@GetMapping("/counties/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("page", this.pages.page(code));
		return VIEW;
	}

}
