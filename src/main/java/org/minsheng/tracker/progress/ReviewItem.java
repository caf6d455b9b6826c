package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.util.List;
import org.minsheng.tracker.system.VisibleText;

/**
 * A report in the review queue with what the reviewer needs to decide: who filed it and
 * for which department, the figure public now, the change approving it would make, and
 * the other pending reports of the same indicator.
 *
 * @param report the submitted report (with indicator, commitment, plan and department)
 * @param filerName the filer's name, or null for an account since removed
 * @param publicNow the indicator's current public figure, or null if it has none
 * @param change what approving the report would do to the public figure
 * @param otherPending other submitted reports of the same indicator, oldest first
 */
public record ReviewItem(ProgressReport report, String filerName, Reading publicNow, Change change,
		List<ProgressReport> otherPending) {

	/**
	 * What approving a report does to its indicator's public figure.
	 *
	 * @param becomesCurrent the report would be the current figure (its as-of date is not
	 * earlier than the public one's)
	 * @param difference the report's figure minus the public one, where both are figures
	 * @param isDrop the figure is below the public one ({@link ReportRules#isDrop})
	 * @param needsCorrectionReason a drop without the filer's correction reason: the
	 * reviewer must add one to approve
	 */
	public record Change(boolean becomesCurrent, BigDecimal difference, boolean isDrop, boolean needsCorrectionReason) {

		static Change of(ProgressReport report, Reading publicNow) {
			Reading reading = report.reading();
			boolean becomesCurrent = publicNow == null || !reading.asOf().isBefore(publicNow.asOf());
			BigDecimal difference = (publicNow != null && publicNow.figure() != null && reading.figure() != null)
					? reading.figure().value().subtract(publicNow.figure().value()) : null;
			boolean drop = ReportRules.isDrop(reading.figure(), publicNow);
			boolean reasonGiven = !VisibleText.isBlank(report.getCorrectionReason());
			return new Change(becomesCurrent, difference, drop, drop && !reasonGiven);
		}

		public boolean isRise() {
			return this.difference != null && this.difference.signum() > 0;
		}

		public boolean isUnchanged() {
			return this.difference != null && this.difference.signum() == 0;
		}

	}

}
