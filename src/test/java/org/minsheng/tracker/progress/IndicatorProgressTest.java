package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndicatorProgressTest {

	private static final PlanPeriod YEAR = new PlanPeriod(2026);

	private static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 2);

	private static Reading figure(long value) {
		return new Reading(Figure.exactly(value), null, LocalDate.of(2026, 6, 30),
				Instant.parse("2026-07-01T02:00:00Z"));
	}

	private static IndicatorProgress count(long target, Reading reading, LocalDate today) {
		return IndicatorProgress.assess(IndicatorKind.COUNT, Target.of(target), reading, YEAR, today);
	}

	@Test
	void exactTargetIsCompletedAtHundredPercent() {
		IndicatorProgress progress = count(46, figure(46), MID_YEAR);
		assertThat(progress.status()).isEqualTo(ProgressStatus.COMPLETED);
		assertThat(progress.rate()).isEqualByComparingTo("100");
	}

	@Test
	void aboveTargetIsOverAchievedWithTheRealRateAndACappedBar() {
		IndicatorProgress progress = count(100, figure(120), MID_YEAR);
		assertThat(progress.status()).isEqualTo(ProgressStatus.OVER_ACHIEVED);
		assertThat(progress.rate()).isEqualByComparingTo("120");
		assertThat(progress.cappedRate()).isEqualByComparingTo("100");
	}

	@Test
	void lowerBoundAtTheTargetMeansMoreThanTheTarget() {
		Reading moreThan200 = new Reading(Figure.moreThan(200), null, LocalDate.of(2025, 12, 29), Instant.now());
		IndicatorProgress progress = IndicatorProgress.assess(IndicatorKind.COUNT, Target.of(200), moreThan200,
				new PlanPeriod(2025), LocalDate.of(2026, 1, 5));
		assertThat(progress.status()).isEqualTo(ProgressStatus.OVER_ACHIEVED);
		assertThat(progress.rateIsLowerBound()).isTrue();
		assertThat(progress.rate()).isEqualByComparingTo("100");
	}

	@Test
	void lowerBoundBelowTheTargetIsStillInProgress() {
		Reading moreThan50 = new Reading(Figure.moreThan(50), null, MID_YEAR, Instant.now());
		IndicatorProgress progress = count(100, moreThan50, MID_YEAR);
		assertThat(progress.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(progress.rateIsLowerBound()).isTrue();
	}

	@Test
	void zeroTargetHasNoRateAndCountsAsCompleted() {
		IndicatorProgress progress = count(0, figure(0), MID_YEAR);
		assertThat(progress.rate()).isNull();
		assertThat(progress.status()).isEqualTo(ProgressStatus.COMPLETED);
	}

	@Test
	void figureWithoutTargetHasNoRate() {
		IndicatorProgress progress = IndicatorProgress.assess(IndicatorKind.COUNT, Target.NONE, figure(5), YEAR,
				MID_YEAR);
		assertThat(progress.rate()).isNull();
		assertThat(progress.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void noApprovedFigureIsNoDataNeverZeroPercent() {
		IndicatorProgress progress = count(100, null, MID_YEAR);
		assertThat(progress.status()).isEqualTo(ProgressStatus.NO_DATA);
		assertThat(progress.rate()).isNull();
	}

	@Test
	void yearNotStartedIsNotStarted() {
		IndicatorProgress progress = count(100, null, LocalDate.of(2025, 12, 31));
		assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_STARTED);
	}

	@Test
	void halfwayAtMidYearIsOnPace() {
		assertThat(count(100, figure(50), MID_YEAR).status()).isEqualTo(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void farBelowTheShareOfTheYearElapsedIsBehindSchedule() {
		// 2 July: 50.1 % of the year gone; 30 % done is more than 10 points behind.
		assertThat(count(100, figure(30), MID_YEAR).status()).isEqualTo(ProgressStatus.BEHIND_SCHEDULE);
	}

	@Test
	void withinTheToleranceIsNotBehind() {
		// 41 % done against 50.1 % elapsed: 9.1 points, inside the 10-point tolerance.
		assertThat(count(100, figure(41), MID_YEAR).status()).isEqualTo(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void yearFinishedShortOfTheTargetIsBehindSchedule() {
		IndicatorProgress progress = count(100, figure(99), LocalDate.of(2027, 1, 1));
		assertThat(progress.status()).isEqualTo(ProgressStatus.BEHIND_SCHEDULE);
		assertThat(progress.rate()).isEqualByComparingTo("99");
	}

	@Test
	void rateIsRoundedDownSoAlmostDoneNeverReadsAsDone() {
		assertThat(count(3, figure(2), MID_YEAR).rate()).isEqualByComparingTo("66.6");
		assertThat(count(10000, figure(9999), MID_YEAR).rate()).isEqualByComparingTo("99.9");
	}

	@Test
	void qualitativeTaskDoneOrUnderWay() {
		Reading done = new Reading(null, true, MID_YEAR, Instant.now());
		Reading open = new Reading(null, false, MID_YEAR, Instant.now());
		assertThat(IndicatorProgress.assess(IndicatorKind.QUALITATIVE, Target.NONE, done, YEAR, MID_YEAR).status())
			.isEqualTo(ProgressStatus.QUALITATIVE_DONE);
		assertThat(IndicatorProgress.assess(IndicatorKind.QUALITATIVE, Target.NONE, open, YEAR, MID_YEAR).status())
			.isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(
				IndicatorProgress.assess(IndicatorKind.QUALITATIVE, Target.NONE, open, YEAR, LocalDate.of(2027, 2, 1))
					.status())
			.isEqualTo(ProgressStatus.BEHIND_SCHEDULE);
	}

	@Test
	void percentageCoverageCompletesAtItsTarget() {
		Reading all = new Reading(new Figure(BigDecimal.valueOf(100), false), null, MID_YEAR, Instant.now());
		IndicatorProgress progress = IndicatorProgress.assess(IndicatorKind.PERCENTAGE, Target.of(100), all, YEAR,
				MID_YEAR);
		assertThat(progress.status()).isEqualTo(ProgressStatus.COMPLETED);
	}

	@Test
	void figuresAndTargetsRefuseNegativeAndEnormousAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Figure.exactly(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Figure(new BigDecimal("1e13"), false));
		assertThatIllegalArgumentException().isThrownBy(() -> Target.of(-5));
	}

}
