package org.minsheng.tracker.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewWaitsTest {

	private final ReviewWaits waits = new ReviewWaits();

	@Test
	void countsTheWorkingDaysAfterTheSubmissionUpToToday() {
		LocalDate thursday = LocalDate.of(2025, 11, 27);
		assertThat(this.waits.workingDaysBetween(thursday, thursday)).isZero();
		assertThat(this.waits.workingDaysBetween(thursday, LocalDate.of(2025, 11, 28))).isEqualTo(1);
		assertThat(this.waits.workingDaysBetween(thursday, LocalDate.of(2025, 11, 30))).as("not the weekend")
			.isEqualTo(1);
		assertThat(this.waits.workingDaysBetween(thursday, LocalDate.of(2025, 12, 3))).isEqualTo(4);
	}

}
