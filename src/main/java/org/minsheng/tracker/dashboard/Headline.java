package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.minsheng.tracker.progress.MeanRate;
import org.minsheng.tracker.progress.ProgressStatus;

/**
 * The year's headline figures: how many commitments, how many delivered, over-achieved
 * and behind, and the overall completion (the mean of the commitments' rates).
 */
public record Headline(int commitments, int delivered, int overAchieved, int behind, int withoutData,
		BigDecimal overallRate) {

	static Headline of(List<CommitmentView> all) {
		BigDecimal overall = MeanRate.of(all.stream().map((c) -> c.progress().rate()).toList());
		return new Headline(all.size(), count(all, ProgressStatus::isDelivered),
				count(all, (s) -> s == ProgressStatus.OVER_ACHIEVED),
				count(all, (s) -> s == ProgressStatus.BEHIND_SCHEDULE), count(all, ProgressStatus::hasNoFigure),
				overall);
	}

	private static int count(List<CommitmentView> all, java.util.function.Predicate<ProgressStatus> test) {
		return (int) all.stream().filter((c) -> test.test(c.progress().status())).count();
	}

}
