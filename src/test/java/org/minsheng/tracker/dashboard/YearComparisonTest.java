package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.chart.GroupedBarChart;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.progress.CommitmentProgress;
import org.minsheng.tracker.progress.ProgressStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One comparison of years by area, for the comparison page and the dashboard's chart.
 */
class YearComparisonTest {

	private static YearComparison.Progress commitment(Area area, ProgressStatus status, String rate) {
		return new YearComparison.Progress(area,
				new CommitmentProgress((rate != null) ? new BigDecimal(rate) : null, status, null));
	}

	private final YearComparison comparison = comparison();

	private static YearComparison comparison() {
		Map<Integer, List<YearComparison.Progress>> years = new LinkedHashMap<>();
		years.put(2026, List.of(commitment(Area.HEALTH, ProgressStatus.IN_PROGRESS, "40"),
				commitment(Area.HEALTH, ProgressStatus.NO_DATA, null)));
		years.put(2025,
				List.of(commitment(Area.HEALTH, ProgressStatus.COMPLETED, "100"),
						commitment(Area.HEALTH, ProgressStatus.IN_PROGRESS, "99.9"),
						commitment(Area.CULTURE_TOURISM, ProgressStatus.OVER_ACHIEVED, "100")));
		return YearComparison.of(years);
	}

	@Test
	void yearsKeepTheOrderAskedForAndAreasTheirOwnOrder() {
		assertThat(this.comparison.years()).containsExactly(2026, 2025);
		assertThat(this.comparison.rows()).extracting(YearComparison.AreaRow::area)
			.containsExactly(Area.HEALTH, Area.CULTURE_TOURISM);
	}

	@Test
	void eachCellCountsCommitmentsDeliveredAndTheMeanOfKnownRates() {
		YearComparison.AreaRow health = this.comparison.rows().get(0);
		assertThat(health.cells().get(0)).isEqualTo(new YearComparison.Cell(2, 0, new BigDecimal("40.0")));
		assertThat(health.cells().get(1)).isEqualTo(new YearComparison.Cell(2, 1, new BigDecimal("99.9")));
		assertThat(this.comparison.rows().get(1).cells().get(0)).as("no culture commitment in 2026")
			.isEqualTo(new YearComparison.Cell(0, 0, null));
	}

	@Test
	void theChartShowsTheMeansAndNothingWhereAYearHasNoCommitmentInTheArea() {
		GroupedBarChart<Area, Integer> chart = this.comparison.chart();
		assertThat(chart.series()).containsExactly(2026, 2025);
		assertThat(chart.groups().get(0).bars()).extracting(GroupedBarChart.Bar::value)
			.containsExactly(new BigDecimal("40.0"), new BigDecimal("99.9"));
		assertThat(chart.groups().get(1).bars()).extracting(GroupedBarChart.Bar::hasValue).containsExactly(false, true);
	}

}
