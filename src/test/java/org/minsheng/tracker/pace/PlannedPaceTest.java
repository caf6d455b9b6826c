package org.minsheng.tracker.pace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.progress.Figure;
import org.minsheng.tracker.progress.IndicatorProgress;
import org.minsheng.tracker.progress.ProgressStatus;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.system.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planned-pace rule at its edges: before the first milestone (from 0 on 1 January),
 * between two, after the last (held), without any (the calendar line), a missed
 * milestone, and the status the pages show from it.
 */
class PlannedPaceTest {

	private static final int YEAR = 2026;

	/** 2026: 31 March is day 90, 30 June day 181, 30 September day 273. */
	private static final List<MilestonePoint> SCHEDULE = List.of(milestone(3, 31, 20), milestone(6, 30, 50),
			milestone(9, 30, 80));

	private static MilestonePoint milestone(int month, int day, long value) {
		return new MilestonePoint(LocalDate.of(YEAR, month, day), BigDecimal.valueOf(value), null);
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(YEAR, month, day);
	}

	private static PlannedPace pace(List<MilestonePoint> milestones) {
		return PlannedPace.of(YEAR, IndicatorKind.COUNT, Target.of(100), milestones);
	}

	@Test
	void beforeTheFirstMilestoneThePlanRisesFromZeroAtTheStartOfTheYear() {
		PlannedPace pace = pace(SCHEDULE);
		assertThat(pace.plannedOn(day(1, 1))).isEqualByComparingTo("0.22");
		assertThat(pace.plannedOn(day(2, 14))).isEqualByComparingTo("10.00");
		assertThat(pace.plannedOn(day(3, 31))).isEqualByComparingTo("20");
		assertThat(pace.plannedOn(LocalDate.of(YEAR - 1, 12, 31))).isEqualByComparingTo("0");
	}

	@Test
	void betweenMilestonesThePlanIsLinear() {
		PlannedPace pace = pace(SCHEDULE);
		// 1 April is day 91: one of the 91 days from 31 March to 30 June.
		assertThat(pace.plannedOn(day(4, 1))).isEqualByComparingTo("20.33");
		assertThat(pace.plannedOn(day(5, 16))).isEqualByComparingTo("35.16");
		assertThat(pace.plannedOn(day(6, 30))).isEqualByComparingTo("50");
		assertThat(pace.plannedRateOn(day(6, 30))).isEqualByComparingTo("50.0");
	}

	@Test
	void afterTheLastMilestoneThePlanHoldsItsValue() {
		PlannedPace pace = pace(SCHEDULE);
		assertThat(pace.plannedOn(day(10, 1))).isEqualByComparingTo("80");
		assertThat(pace.plannedOn(day(12, 31))).isEqualByComparingTo("80");
		assertThat(pace.plannedOn(LocalDate.of(YEAR + 1, 3, 1))).isEqualByComparingTo("80");
	}

	@Test
	void withoutMilestonesThePlanIsTheCalendarLine() {
		PlannedPace pace = pace(List.of());
		assertThat(pace.fromMilestones()).isFalse();
		assertThat(pace.plannedOn(day(7, 1))).isEqualByComparingTo("49.86");
		assertThat(pace.plannedRateOn(day(7, 1))).isEqualByComparingTo("49.8");
		assertThat(pace.plannedOn(day(12, 31))).isEqualByComparingTo("100");
		assertThat(pace.line()).extracting(PlannedPace.Corner::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(100));
	}

	@Test
	void theChartLineRunsThroughTheMilestonesAndHoldsTheLast() {
		assertThat(pace(SCHEDULE).line()).extracting(PlannedPace.Corner::day)
			.containsExactly(day(1, 1), day(3, 31), day(6, 30), day(9, 30), day(12, 31));
	}

	@Test
	void aFigureBelowAMilestoneWhoseDayHasPassedMissedIt() {
		PlannedPace pace = pace(SCHEDULE);
		PaceJudgement onTheDay = pace.judge(BigDecimal.valueOf(15), false, day(3, 31));
		assertThat(onTheDay.missed()).isNull();
		assertThat(onTheDay.status()).isEqualTo(PaceStatus.ON_TRACK);
		PaceJudgement dayAfter = pace.judge(BigDecimal.valueOf(15), false, day(4, 1));
		assertThat(dayAfter.missed()).isEqualTo(SCHEDULE.get(0));
		assertThat(dayAfter.status()).isEqualTo(PaceStatus.BEHIND);
		assertThat(pace.judge(BigDecimal.valueOf(20), false, day(4, 1)).missed()).isNull();
		// The latest milestone passed decides: 60 met 30 June's 50 but not 30 September's
		// 80.
		assertThat(pace.judge(BigDecimal.valueOf(60), false, day(10, 2)).missed()).isEqualTo(SCHEDULE.get(2));
	}

	@Test
	void aheadOnTrackAndBehindCompareRatesWithTheTolerance() {
		PlannedPace pace = pace(SCHEDULE);
		// Planned on 30 June: 50 of 100.
		assertThat(pace.judge(BigDecimal.valueOf(61), false, day(6, 30)).status()).isEqualTo(PaceStatus.AHEAD);
		assertThat(pace.judge(BigDecimal.valueOf(60), false, day(6, 30)).status()).isEqualTo(PaceStatus.ON_TRACK);
		assertThat(pace.judge(BigDecimal.valueOf(40), false, day(6, 30)).status()).isEqualTo(PaceStatus.ON_TRACK);
		assertThat(pace.judge(BigDecimal.valueOf(39), false, day(6, 29)).status()).isEqualTo(PaceStatus.BEHIND);
	}

	@Test
	void theProgressStatusIsJudgedAgainstTheMilestonesNotTheCalendar() {
		Reading thirty = new Reading(Figure.exactly(35), null, day(6, 1), null);
		// 35 of 100 on 1 June: the calendar line (41.6 %) calls it on pace, a back-loaded
		// schedule ahead, while a front-loaded one (20 by 31 March, 60 by 30 April) is
		// behind.
		assertThat(IndicatorProgress.assess(IndicatorKind.COUNT, Target.of(100), thirty, pace(List.of()), day(6, 1))
			.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
		IndicatorProgress frontLoaded = IndicatorProgress.assess(IndicatorKind.COUNT, Target.of(100), thirty,
				pace(List.of(milestone(3, 31, 20), milestone(4, 30, 60))), day(6, 1));
		assertThat(frontLoaded.status()).isEqualTo(ProgressStatus.BEHIND_SCHEDULE);
		assertThat(frontLoaded.pace().missed().value()).isEqualByComparingTo("60");
		IndicatorProgress backLoaded = IndicatorProgress.assess(IndicatorKind.COUNT, Target.of(100), thirty,
				pace(List.of(milestone(9, 30, 20), milestone(12, 31, 100))), day(6, 1));
		assertThat(backLoaded.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(backLoaded.isAhead()).isTrue();
	}

	@Test
	void aQualitativeTaskMissesItsLastStepOnceItsDayHasPassedUndone() {
		PlannedPace steps = PlannedPace.of(YEAR, IndicatorKind.QUALITATIVE, Target.NONE,
				List.of(new MilestonePoint(day(3, 31), null, new LocalizedText("选址完成", null)),
						new MilestonePoint(day(8, 31), null, new LocalizedText("建成验收", null))));
		assertThat(steps.plannedOn(day(5, 1))).isNull();
		assertThat(steps.reachedBy(day(5, 1)).step().zh()).isEqualTo("选址完成");
		Reading open = new Reading(null, false, day(9, 1), null);
		assertThat(IndicatorProgress.assess(IndicatorKind.QUALITATIVE, Target.NONE, open, steps, day(8, 31)).status())
			.isEqualTo(ProgressStatus.IN_PROGRESS);
		IndicatorProgress late = IndicatorProgress.assess(IndicatorKind.QUALITATIVE, Target.NONE, open, steps,
				day(9, 1));
		assertThat(late.status()).isEqualTo(ProgressStatus.BEHIND_SCHEDULE);
		assertThat(late.pace().missed().step().zh()).isEqualTo("建成验收");
		Reading done = new Reading(null, true, day(9, 1), null);
		assertThat(IndicatorProgress.assess(IndicatorKind.QUALITATIVE, Target.NONE, done, steps, day(9, 1)).status())
			.isEqualTo(ProgressStatus.QUALITATIVE_DONE);
	}

}
