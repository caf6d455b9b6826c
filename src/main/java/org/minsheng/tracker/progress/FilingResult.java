package org.minsheng.tracker.progress;

import java.util.List;

import org.minsheng.tracker.system.Problem;

/**
 * The outcome of filing a report: saved (with its id) or refused with the rule problems.
 */
public record FilingResult(Long reportId, List<Problem> problems) {

	static FilingResult saved(Long reportId) {
		return new FilingResult(reportId, List.of());
	}

	static FilingResult refused(List<Problem> problems) {
		return new FilingResult(null, problems);
	}

	public boolean isSaved() {
		return this.reportId != null;
	}

}
