package org.minsheng.tracker.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A commitment's funding as of a day (in 万元) against its planned pace, and the one rule
 * for its variance: the planned spend to date is the budget times the commitment's
 * planned share of its work that day ({@code pace.PlannedPace#meanPlannedRate}); a spend
 * more than {@link #VARIANCE_LIMIT} % of the budget away from it needs the department's
 * explanation, published with the figure.
 *
 * @param planned the planned budget by source (every source present, zero allowed)
 * @param spent spent to date
 * @param asOf the day the figures describe
 * @param plannedShare the commitment's planned share of its work on that day (0–100)
 */
public record FundingFigures(Map<FundingSource, BigDecimal> planned, BigDecimal spent, LocalDate asOf,
		BigDecimal plannedShare) {

	/** The largest variance (percent of the budget) that needs no explanation. */
	public static final BigDecimal VARIANCE_LIMIT = BigDecimal.valueOf(5);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public FundingFigures {
		Map<FundingSource, BigDecimal> copy = new EnumMap<>(FundingSource.class);
		for (FundingSource source : FundingSource.values()) {
			BigDecimal amount = planned.getOrDefault(source, BigDecimal.ZERO);
			if (amount.signum() < 0) {
				throw new IllegalArgumentException("a planned amount cannot be negative");
			}
			copy.put(source, amount);
		}
		planned = java.util.Collections.unmodifiableMap(copy);
		if (spent == null || spent.signum() < 0) {
			throw new IllegalArgumentException("spent cannot be negative");
		}
		if (plannedShare == null) {
			throw new IllegalArgumentException("a planned share is needed");
		}
	}

	public BigDecimal plannedTotal() {
		return this.planned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Spent as a percentage of the budget (one decimal, rounded down), or null without
	 * one.
	 */
	public BigDecimal shareSpent() {
		BigDecimal total = plannedTotal();
		return (total.signum() == 0) ? null : this.spent.multiply(HUNDRED).divide(total, 1, RoundingMode.DOWN);
	}

	/** What the planned pace says should be spent by the day. */
	public BigDecimal plannedSpend() {
		return plannedTotal().multiply(this.plannedShare).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/** Spent minus the planned spend (negative: behind). */
	public BigDecimal variance() {
		return this.spent.subtract(plannedSpend());
	}

	/** The variance as a percentage of the budget (one decimal), or null without one. */
	public BigDecimal variancePercent() {
		BigDecimal total = plannedTotal();
		return (total.signum() == 0) ? null : variance().multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
	}

	/**
	 * Whether the spend is more than {@link #VARIANCE_LIMIT} % of the budget from plan.
	 */
	public boolean needsExplanation() {
		return variance().abs().multiply(HUNDRED).compareTo(plannedTotal().multiply(VARIANCE_LIMIT)) > 0;
	}

}
