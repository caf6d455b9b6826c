package org.minsheng.tracker.plan;

import java.math.BigDecimal;

/**
 * What an indicator promises: a non-negative amount, at most 100 for a percentage, none
 * for a qualitative task.
 */
public record Target(BigDecimal amount) {

	public static final Target NONE = new Target(null);

	public Target {
		if (amount != null && amount.signum() < 0) {
			throw new IllegalArgumentException("a target cannot be negative");
		}
	}

	public static Target of(long amount) {
		return new Target(BigDecimal.valueOf(amount));
	}

	public boolean isSet() {
		return this.amount != null;
	}

	void checkFits(IndicatorKind kind) {
		if (kind == IndicatorKind.QUALITATIVE && isSet()) {
			throw new IllegalArgumentException("a qualitative task has no numeric target");
		}
		if (kind == IndicatorKind.PERCENTAGE && isSet() && this.amount.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("a percentage target cannot exceed 100");
		}
	}

}
