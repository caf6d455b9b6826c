package org.minsheng.tracker.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The full text of a source, so anyone can check a quoted figure in its context.
 */
@Controller
class SourceController {

	static final String VIEW = "source/document";

	private final SourceTextService sources;

	SourceController(SourceTextService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("source", this.sources.find(code));
		return VIEW;
	}

}
