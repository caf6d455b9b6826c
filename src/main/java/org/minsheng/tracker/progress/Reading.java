package org.minsheng.tracker.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one approved report says of an indicator: a figure (measured indicators) or
 * whether the task is done (qualitative ones), as of a date, approved at an instant.
 */
public record Reading(Figure figure, Boolean taskDone, LocalDate asOf, Instant approvedAt) {

	public Reading {
		if (figure == null && taskDone == null) {
			throw new IllegalArgumentException("a reading needs a figure or a task state");
		}
	}

	public boolean isTaskDone() {
		return Boolean.TRUE.equals(this.taskDone);
	}

}
