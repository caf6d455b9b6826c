package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A linear mapping from a value range starting at zero onto a length, clamped to the
 * length; and "nice" upper bounds for axes.
 */
final class Scale {

	private Scale() {
	}

	/** Where {@code value} falls on a {@code length} that represents 0..{@code max}. */
	static double along(BigDecimal value, BigDecimal max, double length) {
		if (value == null || max == null || max.signum() <= 0) {
			return 0;
		}
		double share = value.doubleValue() / max.doubleValue();
		return round(Math.max(0, Math.min(1, share)) * length);
	}

	/**
	 * The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above the value (1
	 * for zero).
	 */
	static BigDecimal niceCeiling(BigDecimal value) {
		if (value == null || value.signum() <= 0) {
			return BigDecimal.ONE;
		}
		BigDecimal power = BigDecimal.ONE.movePointRight(value.precision() - value.scale() - 1);
		for (String step : new String[] { "1", "1.2", "1.5", "2", "2.5", "3", "4", "5", "6", "8", "10" }) {
			BigDecimal candidate = power.multiply(new BigDecimal(step));
			if (candidate.compareTo(value) >= 0) {
				return candidate.stripTrailingZeros();
			}
		}
		return power.multiply(BigDecimal.TEN);
	}

	static BigDecimal half(BigDecimal value) {
		return value.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
