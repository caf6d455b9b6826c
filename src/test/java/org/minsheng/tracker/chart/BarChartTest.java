package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

	private static BarChart.Entry<String> entry(String name, String value) {
		return new BarChart.Entry<>(name, (value != null) ? new BigDecimal(value) : null, false);
	}

	@Test
	void barLengthsAreProportionalToTheValuesOnTheGivenScale() {
		BarChart<String> chart = BarChart.of(List.of(entry("a", "100"), entry("b", "50"), entry("c", "12.5")),
				BigDecimal.valueOf(100));
		assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(360.0, 180.0, 45.0);
		assertThat(chart.bars()).extracting(BarChart.Bar::barY).containsExactly(19.0, 57.0, 95.0);
		assertThat(chart.height()).isEqualTo(3 * 38.0);
	}

	@Test
	void withoutAScaleTheLargestValueFillsTheWidth() {
		BarChart<String> chart = BarChart.of(List.of(entry("a", "10"), entry("b", "40")), null);
		assertThat(chart.max()).isEqualByComparingTo("40");
		assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(90.0, 360.0);
		assertThat(chart.largest().subject()).isEqualTo("b");
	}

	@Test
	void overAchievementIsClampedAndAMissingValueDrawsNoBar() {
		BarChart<String> chart = BarChart.of(List.of(entry("over", "250"), entry("none", null)),
				BigDecimal.valueOf(100));
		assertThat(chart.bars().get(0).length()).isEqualTo(360.0);
		assertThat(chart.bars().get(1).hasValue()).isFalse();
		assertThat(chart.bars().get(1).length()).isZero();
	}

	@Test
	void emptyDataMakesAnEmptyChart() {
		BarChart<String> chart = BarChart.of(List.of(), null);
		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.largest()).isNull();
	}

}
