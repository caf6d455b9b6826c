package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A commitment's progress, aggregated from its indicators: the mean of their (capped)
 * rates and one status.
 *
 * @param rate mean capped completion of the indicators that have a rate, or null if none
 * has
 * @param lastApprovedAt when the newest of its public figures was approved, or null
 * @param shown the rate as people read it ({@link ShownRate}): what every page, export
 * and the API show
 */
public record CommitmentProgress(BigDecimal rate, ProgressStatus status, Instant lastApprovedAt, ShownRate shown) {

	/** A progress whose shown rate is its capped rate. */
	public CommitmentProgress(BigDecimal rate, ProgressStatus status, Instant lastApprovedAt) {
		this(rate, status, lastApprovedAt, new ShownRate(rate, false));
	}

	public static CommitmentProgress of(List<IndicatorProgress> indicators) {
		BigDecimal rate = meanRate(indicators);
		ProgressStatus status = statusOf(indicators);
		return new CommitmentProgress(rate, status, lastApproved(indicators),
				ShownRate.ofCommitment(indicators, rate, status));
	}

	static ProgressStatus statusOf(List<IndicatorProgress> indicators) {
		if (indicators.isEmpty() || indicators.stream().allMatch((i) -> i.status() == ProgressStatus.NO_DATA)) {
			return ProgressStatus.NO_DATA;
		}
		if (indicators.stream().allMatch((i) -> i.status().hasNoFigure())) {
			return indicators.stream().anyMatch((i) -> i.status() == ProgressStatus.NO_DATA) ? ProgressStatus.NO_DATA
					: ProgressStatus.NOT_STARTED;
		}
		if (indicators.stream().anyMatch((i) -> i.status() == ProgressStatus.BEHIND_SCHEDULE)) {
			return ProgressStatus.BEHIND_SCHEDULE;
		}
		if (indicators.stream().allMatch((i) -> i.status().isDelivered())) {
			if (indicators.stream().anyMatch((i) -> i.status() == ProgressStatus.OVER_ACHIEVED)) {
				return ProgressStatus.OVER_ACHIEVED;
			}
			if (indicators.stream().allMatch((i) -> i.status() == ProgressStatus.QUALITATIVE_DONE)) {
				return ProgressStatus.QUALITATIVE_DONE;
			}
			return ProgressStatus.COMPLETED;
		}
		return ProgressStatus.IN_PROGRESS;
	}

	static BigDecimal meanRate(List<IndicatorProgress> indicators) {
		return MeanRate.of(indicators.stream().map(IndicatorProgress::cappedRate).toList());
	}

	private static Instant lastApproved(List<IndicatorProgress> indicators) {
		return indicators.stream()
			.map(IndicatorProgress::reading)
			.filter(Objects::nonNull)
			.map(Reading::approvedAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
	}

}
