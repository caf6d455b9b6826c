package org.minsheng.tracker.story.web;

import org.minsheng.tracker.story.StoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The list of stories and one story's page.
 */
@Controller
class StoryController {

	static final String LIST_VIEW = "story/stories";

	static final String VIEW = "story/story";

	private final StoryService stories;

	StoryController(StoryService stories) {
		this.stories = stories;
	}

	@GetMapping("/stories")
	String list(Model model) {
		model.addAttribute("stories", this.stories.all());
		return LIST_VIEW;
	}

	@GetMapping("/stories/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("story", this.stories.story(id));
		return VIEW;
	}

}
