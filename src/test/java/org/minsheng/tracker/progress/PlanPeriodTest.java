package org.minsheng.tracker.progress;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPeriodTest {

	@Test
	void elapsedShareRunsFromZeroBeforeTheYearToHundredAfterIt() {
		PlanPeriod year = new PlanPeriod(2026);
		assertThat(year.elapsedPercentOn(LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0");
		assertThat(year.elapsedPercentOn(LocalDate.of(2026, 1, 1))).isEqualByComparingTo("0.2");
		assertThat(year.elapsedPercentOn(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("100");
		assertThat(year.elapsedPercentOn(LocalDate.of(2027, 1, 1))).isEqualByComparingTo("100");
		assertThat(year.notStartedOn(LocalDate.of(2025, 12, 31))).isTrue();
		assertThat(year.finishedOn(LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(year.finishedOn(LocalDate.of(2027, 1, 1))).isTrue();
	}

	@Test
	void leapYearsCountTheirExtraDay() {
		// 1 July is day 183 of 366 in a leap year, day 182 of 365 otherwise.
		assertThat(new PlanPeriod(2028).elapsedPercentOn(LocalDate.of(2028, 7, 1))).isEqualByComparingTo("50.0");
		assertThat(new PlanPeriod(2026).elapsedPercentOn(LocalDate.of(2026, 7, 1))).isEqualByComparingTo("49.8");
	}

}
