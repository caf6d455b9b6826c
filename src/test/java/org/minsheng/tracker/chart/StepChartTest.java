package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepChartTest {

	private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

	private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

	private static StepChart.Reading reading(int month, int day, long value) {
		return new StepChart.Reading(LocalDate.of(2025, month, day), BigDecimal.valueOf(value), false);
	}

	/** x of a day on the 2025 axis (48 to 348 over 364 days). */
	private static double x(LocalDate day) {
		return Math.round((48 + (day.getDayOfYear() - 1) / 364.0 * 300) * 10) / 10.0;
	}

	/** y of a value on a 0..max axis (164 down to 14). */
	private static double y(double value, double max) {
		return Math.round((164 - value / max * 150) * 10) / 10.0;
	}

	@Test
	void pointsStandAtTheirDayAndValueAndTheTargetLineAtTheTarget() {
		StepChart chart = StepChart.of(List.of(reading(7, 1, 60), reading(3, 31, 20)), BigDecimal.valueOf(100), FIRST,
				LAST, LocalDate.of(2025, 9, 30), null);
		assertThat(chart.max()).isEqualByComparingTo("100");
		assertThat(chart.points()).extracting(StepChart.Point::value)
			.containsExactly(BigDecimal.valueOf(20), BigDecimal.valueOf(60));
		assertThat(chart.points().get(0).x()).isEqualTo(x(LocalDate.of(2025, 3, 31)));
		assertThat(chart.points().get(0).y()).isEqualTo(y(20, 100));
		assertThat(chart.points().get(1).x()).isEqualTo(x(LocalDate.of(2025, 7, 1)));
		assertThat(chart.points().get(1).y()).isEqualTo(y(60, 100));
		assertThat(chart.targetY()).isEqualTo(y(100, 100));
		assertThat(chart.path()).isEqualTo("M" + x(LocalDate.of(2025, 3, 31)) + "," + y(20, 100) + " H"
				+ x(LocalDate.of(2025, 7, 1)) + " V" + y(60, 100) + " H" + x(LocalDate.of(2025, 9, 30)));
		assertThat(chart.xTicks()).extracting((t) -> t.day().getMonthValue()).containsExactly(1, 4, 7, 10);
	}

	@Test
	void theScaleFitsTheLargerOfFiguresAndTargetRoundedUp() {
		StepChart chart = StepChart.of(List.of(reading(12, 29, 87_000)), BigDecimal.valueOf(80_000), FIRST, LAST, LAST,
				null);
		assertThat(chart.max()).isEqualByComparingTo("100000");
		assertThat(chart.points().get(0).y()).isEqualTo(y(87_000, 100_000));
		assertThat(chart.targetY()).isEqualTo(y(80_000, 100_000));
		assertThat(chart.yTicks()).extracting(StepChart.ValueTick::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(50_000), BigDecimal.valueOf(100_000));
	}

	@Test
	void aFixedScaleClampsAndAReadingAfterTheYearWidensTheAxis() {
		StepChart chart = StepChart.of(List.of(new StepChart.Reading(LocalDate.of(2026, 1, 15), BigDecimal.TEN, false)),
				null, FIRST, LAST, null, BigDecimal.ONE);
		assertThat(chart.points().get(0).y()).isEqualTo(14.0);
		assertThat(chart.points().get(0).x()).isEqualTo(348.0);
		assertThat(chart.targetY()).isNull();
	}

	@Test
	void noReadingsDrawNoLine() {
		StepChart chart = StepChart.of(List.of(), BigDecimal.TEN, FIRST, LAST, LAST, null);
		assertThat(chart.hasPoints()).isFalse();
		assertThat(chart.path()).isEmpty();
		assertThat(chart.targetY()).isEqualTo(y(10, 10));
	}

}
