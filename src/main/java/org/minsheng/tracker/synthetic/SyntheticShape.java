package org.minsheng.tracker.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much synthetic data to generate ({@code synthetic.*} in
 * {@code application-synthetic.properties}): {@code years} published plans ending the
 * year before {@code lastYear + 1}, each with {@code commitments} commitments of
 * {@code indicators} indicators, each indicator with {@code weeks} weekly approved
 * reports; the first two indicators of every commitment break their figures down by
 * county.
 *
 * @param lastYear the newest synthetic year
 * @param years how many years, ending at {@code lastYear}
 * @param commitments commitments a year
 * @param indicators indicators a commitment (1 to 3)
 * @param weeks weekly reports an indicator (1 to 52)
 * @param countyFigures whether the first two indicators break their reports down by
 * county
 */
@ConfigurationProperties("synthetic")
public record SyntheticShape(int lastYear, int years, int commitments, int indicators, int weeks,
		boolean countyFigures) {

	public SyntheticShape {
		if (years < 1 || lastYear - years + 1 < 2000 || lastYear > 2100) {
			throw new IllegalArgumentException("synthetic years must lie within 2000-2100");
		}
		if (commitments < 1 || indicators < 1 || indicators > 3 || weeks < 1 || weeks > 52) {
			throw new IllegalArgumentException(
					"synthetic shape: 1+ commitments, 1-3 indicators, 1-52 weeks; got " + this);
		}
	}

	int firstYear() {
		return this.lastYear - this.years + 1;
	}

}
