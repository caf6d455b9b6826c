package org.minsheng.tracker.story;

import java.util.List;

import org.minsheng.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stories the public pages show.
 */
@Service
public class StoryService {

	private final Stories stories;

	StoryService(Stories stories) {
		this.stories = stories;
	}

	/** The year's stories in item order, in one statement. */
	@Transactional(readOnly = true)
	public List<StorySummary> ofYear(int year) {
		return this.stories.findAllOfYear(year).stream().map(StorySummary::of).toList();
	}

	@Transactional(readOnly = true)
	public List<StorySummary> all() {
		return this.stories.findAllNewestFirst().stream().map(StorySummary::of).toList();
	}

	/** One story with its source, figures and commitment, loaded in one statement. */
	@Transactional(readOnly = true)
	public Story story(long id) {
		return this.stories.findWithDetails(id).orElseThrow(() -> new NotFoundException("notFound.story", id));
	}

}
