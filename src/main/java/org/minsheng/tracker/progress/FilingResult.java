package org.minsheng.tracker.progress;

import java.util.List;

/**
 * The outcome of filing a report: saved (with its id) or refused with the rule
 * violations.
 */
public record FilingResult(Long reportId, List<RuleViolation> violations) {

	static FilingResult saved(Long reportId) {
		return new FilingResult(reportId, List.of());
	}

	static FilingResult refused(List<RuleViolation> violations) {
		return new FilingResult(null, violations);
	}

	public boolean isSaved() {
		return this.reportId != null;
	}

}
