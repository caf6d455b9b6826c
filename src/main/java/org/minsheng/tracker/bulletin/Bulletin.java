package org.minsheng.tracker.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.dashboard.CommitmentView;
import org.minsheng.tracker.dashboard.Headline;
import org.minsheng.tracker.funding.PublicFunding;
import org.minsheng.tracker.progress.ProgressStatus;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.watch.Watched;

/**
 * One month's bulletin, as of the end of its last day (by approval time, as every as-of
 * page): the commitments grouped as the supervision office groups them, what changed
 * since the previous month's end, the watch list and the funding.
 *
 * @param delivered completed, over-achieved or qualitative tasks done
 * @param ahead under way with an indicator ahead of its planned pace and none behind
 * @param onTrack under way on their planned pace
 * @param behind behind their planned pace, a milestone missed, or the year ended short
 * @param withoutData no approved figure yet
 * @param changes commitments whose status or rate changed since the previous month's end
 * @param stale commitments with a due day passed and no approved figure for it (the
 * reporting calendar's freshness at the month's end)
 * @param late lead departments with reports of this plan filed late or still overdue at
 * the month's end
 */
public record Bulletin(int year, int month, LocalDate monthEnd, LocalizedText planTitle, Headline headline,
		List<CommitmentView> delivered, List<CommitmentView> ahead, List<CommitmentView> onTrack,
		List<CommitmentView> behind, List<CommitmentView> withoutData, List<Change> changes, List<Watched> watched,
		List<FundingLine> funding, List<CommitmentView> stale, List<LateDepartment> late) {

	/** A commitment's status and rate now and at the previous month's end. */
	public record Change(CommitmentView now, ProgressStatus statusBefore, BigDecimal rateBefore) {

		public boolean statusChanged() {
			return this.statusBefore != this.now.progress().status();
		}

	}

	/** A commitment's current public funding at the month's end. */
	public record FundingLine(int number, LocalizedText title, PublicFunding funding) {
	}

	/** A lead department's late reports of this plan by the month's end. */
	public record LateDepartment(LocalizedText department, long filedLate, long overdue) {
	}

	/** The month as its first day, for labels. */
	public LocalDate firstDay() {
		return this.monthEnd.withDayOfMonth(1);
	}

}
