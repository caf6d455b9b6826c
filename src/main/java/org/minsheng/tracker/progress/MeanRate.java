package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one rule for a mean of completion rates, wherever one is shown (a commitment's rate
 * from its indicators, the year's overall rate, an area's rate in charts and
 * comparisons): the plain mean of the rates that exist, to one decimal, rounded down so a
 * mean never claims more than was done.
 */
public final class MeanRate {

	private MeanRate() {
	}

	/**
	 * The mean of these rates; missing rates (null) are left out.
	 * @return the mean to one decimal rounded down, or null when no rate is given
	 */
	public static BigDecimal of(Collection<BigDecimal> rates) {
		List<BigDecimal> known = rates.stream().filter(Objects::nonNull).toList();
		if (known.isEmpty()) {
			return null;
		}
		return known.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(known.size()), 1, RoundingMode.DOWN);
	}

}
