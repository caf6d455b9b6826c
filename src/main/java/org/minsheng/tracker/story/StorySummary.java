package org.minsheng.tracker.story;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.system.LocalizedText;

/**
 * A story as a list shows it.
 */
public record StorySummary(Long id, int year, int itemNumber, LocalizedText title, Area area, String datePrinted) {

	static StorySummary of(Story story) {
		return new StorySummary(story.getId(), story.getYear(), story.getItemNumber(), story.getTitle(),
				story.getArea(), story.getDatePrinted());
	}

}
