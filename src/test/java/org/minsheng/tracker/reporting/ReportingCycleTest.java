package org.minsheng.tracker.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingCycleTest {

	@Test
	void theDefaultIsMonthlyDueByTheFifthForTheMonthBefore() {
		List<ReportingPeriod> periods = ReportingCycle.defaultFor(2026).periodsOf(2026);
		assertThat(periods).hasSize(12);
		assertThat(periods.get(0)).isEqualTo(
				new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 5)));
		assertThat(periods.get(1).end()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(periods.get(11).due()).as("December's report is due in the next January")
			.isEqualTo(LocalDate.of(2027, 1, 5));
	}

	@Test
	void aQuarterlyCycleFromALaterMonthStartsThereAndEndsWithTheYear() {
		List<ReportingPeriod> periods = new ReportingCycle(3, 10, YearMonth.of(2026, 5)).periodsOf(2026);
		assertThat(periods).extracting(ReportingPeriod::start)
			.containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 1));
		assertThat(periods.get(0).due()).isEqualTo(LocalDate.of(2026, 8, 10));
		assertThat(periods.get(2).end()).as("the last quarter is cut at the year's end")
			.isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(periods.get(2).due()).isEqualTo(LocalDate.of(2027, 1, 10));
	}

	@Test
	void aCycleStartingBeforeThePlansYearStartsInItsJanuary() {
		assertThat(new ReportingCycle(1, 5, YearMonth.of(2025, 12)).periodsOf(2026).get(0).start())
			.isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(new ReportingCycle(1, 5, YearMonth.of(2025, 12)).periodsOf(2025)).hasSize(1);
	}

	@Test
	void refusesPeriodsOtherThanOneOrThreeMonthsAndDueDaysPastThe28th() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingCycle(2, 5, YearMonth.of(2026, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingCycle(1, 29, YearMonth.of(2026, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingCycle(1, 0, YearMonth.of(2026, 1)));
	}

}
