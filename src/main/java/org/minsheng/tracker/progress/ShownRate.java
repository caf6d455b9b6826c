package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * The one rule for the completion rate people read, wherever it is shown (pages, review
 * queue, PDF, API, exports): an indicator's rate is its figure over its target, not
 * capped (106.5 %), read "more than" when the figure is a lower bound ("200多" of 200:
 * more than 100 %). A commitment's rate is the mean of its indicators' rates capped at
 * 100, so one indicator's surplus never hides another's shortfall; but when nothing falls
 * short (the commitment is over-achieved: every indicator delivered, one above target)
 * the uncapped mean is shown, read "more than" if any of its figures is a lower bound. So
 * a one-indicator commitment always reads what its indicator reads. The capped rate stays
 * what averages over commitments use ({@link MeanRate}).
 *
 * @param value the percentage to show, or null where there is no rate
 * @param moreThan the true rate is higher than {@code value}
 */
public record ShownRate(BigDecimal value, boolean moreThan) {

	static final ShownRate NONE = new ShownRate(null, false);

	static ShownRate of(IndicatorProgress indicator) {
		return new ShownRate(indicator.rate(), indicator.rate() != null && indicator.rateIsLowerBound());
	}

	static ShownRate ofCommitment(List<IndicatorProgress> indicators, BigDecimal cappedMean, ProgressStatus status) {
		if (cappedMean == null) {
			return NONE;
		}
		if (status != ProgressStatus.OVER_ACHIEVED) {
			return new ShownRate(cappedMean, false);
		}
		BigDecimal uncapped = MeanRate.of(indicators.stream().map(IndicatorProgress::rate).toList());
		boolean lowerBound = indicators.stream().anyMatch((i) -> i.rate() != null && i.rateIsLowerBound());
		return new ShownRate(uncapped, lowerBound);
	}

	public boolean isKnown() {
		return this.value != null;
	}

}
