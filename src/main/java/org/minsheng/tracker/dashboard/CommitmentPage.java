package org.minsheng.tracker.dashboard;

import java.util.List;

import org.minsheng.tracker.system.LocalizedText;

/**
 * One commitment's page: the commitment, the plan it belongs to, and the history of its
 * approved figures, and its charts.
 */
public record CommitmentPage(LocalizedText planTitle, LocalizedText planNote, CommitmentView commitment,
		List<HistoryEntry> history, int commitmentsInPlan, CommitmentCharts charts) {
}
