package org.minsheng.tracker.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.funding.CommitmentFunding;
import org.minsheng.tracker.pace.PublicChange;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.watch.Watched;

/**
 * One commitment's page: the commitment, the plan it belongs to, and the history of its
 * approved figures, and its charts; the day its pace is judged on, the approved changes
 * of its milestones, its watch-list entry (or null) and its public funding.
 */
public record CommitmentPage(LocalizedText planTitle, LocalizedText planNote, CommitmentView commitment,
		List<HistoryEntry> history, int commitmentsInPlan, CommitmentCharts charts, LocalDate today,
		List<PublicChange> milestoneChanges, Watched watch, CommitmentFunding funding) {
}
