package org.minsheng.tracker.progress;

import java.math.BigDecimal;

/**
 * A reported amount. A lower bound ("200多处", "50多万") means the true amount is more than
 * the printed one.
 */
public record Figure(BigDecimal value, boolean lowerBound) {

	/** The largest amount the database column holds (NUMERIC(14,2)). */
	public static final BigDecimal MAXIMUM = new BigDecimal("999999999999.99");

	public Figure {
		if (value == null) {
			throw new IllegalArgumentException("a figure needs a value");
		}
		if (value.signum() < 0) {
			throw new IllegalArgumentException("a figure cannot be negative");
		}
		if (value.compareTo(MAXIMUM) > 0) {
			throw new IllegalArgumentException("a figure cannot exceed " + MAXIMUM.toPlainString());
		}
	}

	public static Figure exactly(long value) {
		return new Figure(BigDecimal.valueOf(value), false);
	}

	public static Figure moreThan(long value) {
		return new Figure(BigDecimal.valueOf(value), true);
	}

}
