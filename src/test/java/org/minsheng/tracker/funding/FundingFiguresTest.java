package org.minsheng.tracker.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.pace.MilestonePoint;
import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The funding variance rule: the planned spend to date is the budget times the planned
 * share of the work; more than 5 % of the budget away from it needs an explanation.
 */
class FundingFiguresTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

	private static FundingFigures figures(long city, long central, long spent, String plannedShare) {
		return new FundingFigures(Map.of(FundingSource.CITY, BigDecimal.valueOf(city), FundingSource.CENTRAL,
				BigDecimal.valueOf(central)), BigDecimal.valueOf(spent), DAY, new BigDecimal(plannedShare));
	}

	@Test
	void plannedTotalShareSpentAndPlannedSpend() {
		FundingFigures figures = figures(600, 400, 450, "50.0");
		assertThat(figures.plannedTotal()).isEqualByComparingTo("1000");
		assertThat(figures.planned()).containsKeys(FundingSource.values());
		assertThat(figures.planned().get(FundingSource.COUNTY)).isEqualByComparingTo("0");
		assertThat(figures.shareSpent()).isEqualByComparingTo("45.0");
		assertThat(figures.plannedSpend()).isEqualByComparingTo("500");
		assertThat(figures.variance()).isEqualByComparingTo("-50");
		assertThat(figures.variancePercent()).isEqualByComparingTo("-5.0");
	}

	@Test
	void exactlyFivePercentNeedsNoExplanationMoreDoesEitherWay() {
		assertThat(figures(600, 400, 450, "50.0").needsExplanation()).isFalse();
		assertThat(figures(600, 400, 550, "50.0").needsExplanation()).isFalse();
		assertThat(figures(600, 400, 449, "50.0").needsExplanation()).isTrue();
		assertThat(figures(600, 400, 551, "50.0").needsExplanation()).isTrue();
	}

	@Test
	void thePlannedShareComesFromTheMilestonesWhereThereAreAny() {
		PlannedPace backLoaded = PlannedPace.of(2026, IndicatorKind.COUNT, Target.of(100),
				List.of(new MilestonePoint(LocalDate.of(2026, 9, 30), BigDecimal.valueOf(10), null),
						new MilestonePoint(LocalDate.of(2026, 12, 31), BigDecimal.valueOf(100), null)));
		PlannedPace calendar = PlannedPace.calendar(2026, IndicatorKind.QUALITATIVE, Target.NONE);
		// 30 June is day 181: 10 × 181 / 273 = 6.63 → 6.6 %; the task stands in with the
		// year's 49.5 %.
		assertThat(PlannedPace.meanPlannedRate(List.of(backLoaded), DAY)).isEqualByComparingTo("6.6");
		assertThat(PlannedPace.meanPlannedRate(List.of(backLoaded, calendar), DAY)).isEqualByComparingTo("28.0");
		// Spending 30 % of the budget by then is 23.4 points ahead of a back-loaded plan.
		assertThat(figures(1000, 0, 300, "6.6").needsExplanation()).isTrue();
		assertThat(figures(1000, 0, 300, "28.0").needsExplanation()).isFalse();
	}

	@Test
	void amountsCannotBeNegative() {
		assertThatThrownBy(() -> figures(-1, 0, 0, "0")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> figures(1, 0, -1, "0")).isInstanceOf(IllegalArgumentException.class);
	}

}
