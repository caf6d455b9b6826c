package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentProgressTest {

	private static IndicatorProgress indicator(ProgressStatus status, String rate, Instant approvedAt) {
		Reading reading = (approvedAt != null)
				? new Reading(Figure.exactly(1), null, LocalDate.of(2026, 1, 1), approvedAt) : null;
		return new IndicatorProgress(reading, (rate != null) ? new BigDecimal(rate) : null, false, status);
	}

	@Test
	void allDeliveredWithOneOverAchievedIsOverAchieved() {
		CommitmentProgress progress = CommitmentProgress
			.of(List.of(indicator(ProgressStatus.COMPLETED, "100", Instant.parse("2026-03-01T00:00:00Z")),
					indicator(ProgressStatus.OVER_ACHIEVED, "150", Instant.parse("2026-04-01T00:00:00Z"))));
		assertThat(progress.status()).isEqualTo(ProgressStatus.OVER_ACHIEVED);
		assertThat(progress.rate()).isEqualByComparingTo("100");
		assertThat(progress.lastApprovedAt()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
	}

	@Test
	void meanOfCappedRates() {
		CommitmentProgress progress = CommitmentProgress.of(List.of(indicator(ProgressStatus.IN_PROGRESS, "50", null),
				indicator(ProgressStatus.OVER_ACHIEVED, "200", null)));
		assertThat(progress.rate()).isEqualByComparingTo("75");
		assertThat(progress.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void anyIndicatorBehindMakesTheCommitmentBehind() {
		assertThat(CommitmentProgress.of(List.of(indicator(ProgressStatus.COMPLETED, "100", null),
				indicator(ProgressStatus.BEHIND_SCHEDULE, "20", null)))
			.status()).isEqualTo(ProgressStatus.BEHIND_SCHEDULE);
	}

	@Test
	void partlyReportedIsInProgressNotCompleted() {
		assertThat(CommitmentProgress
			.of(List.of(indicator(ProgressStatus.COMPLETED, "100", null),
					indicator(ProgressStatus.NO_DATA, null, null)))
			.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void onlyQualitativeTasksDoneIsQualitativeDoneWithoutRate() {
		CommitmentProgress progress = CommitmentProgress
			.of(List.of(indicator(ProgressStatus.QUALITATIVE_DONE, null, Instant.parse("2025-12-28T16:00:00Z"))));
		assertThat(progress.status()).isEqualTo(ProgressStatus.QUALITATIVE_DONE);
		assertThat(progress.rate()).isNull();
	}

	@Test
	void nothingReportedIsNoDataAndBeforeTheYearNotStarted() {
		assertThat(CommitmentProgress.of(List.of(indicator(ProgressStatus.NO_DATA, null, null))).status())
			.isEqualTo(ProgressStatus.NO_DATA);
		assertThat(CommitmentProgress.of(List.of(indicator(ProgressStatus.NOT_STARTED, null, null))).status())
			.isEqualTo(ProgressStatus.NOT_STARTED);
		assertThat(CommitmentProgress.of(List.of()).status()).isEqualTo(ProgressStatus.NO_DATA);
	}

}
