package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StackedBarAndMapTest {

	@Test
	void segmentsShareTheWidthByCountAndSkipEmptyParts() {
		StackedBar<String> bar = StackedBar
			.of(List.of(new StackedBar.Entry<>("over", 1), new StackedBar.Entry<>("none", 0),
					new StackedBar.Entry<>("done", 12), new StackedBar.Entry<>("qual", 3)));
		assertThat(bar.total()).isEqualTo(16);
		assertThat(bar.segments()).extracting(StackedBar.Segment::subject).containsExactly("over", "done", "qual");
		assertThat(bar.segments()).extracting(StackedBar.Segment::x).containsExactly(0.0, 22.5, 292.5);
		assertThat(bar.segments()).extracting(StackedBar.Segment::width).containsExactly(22.5, 270.0, 67.5);
		assertThat(StackedBar.of(List.of()).isEmpty()).isTrue();
	}

	@Test
	void thePaceLineStandsAtTheShareOfTheYearElapsed() {
		PaceChart pace = PaceChart.of(BigDecimal.valueOf(40), BigDecimal.valueOf(75), BigDecimal.TEN);
		assertThat(pace.rateLength()).isEqualTo(144.0);
		assertThat(pace.elapsedX()).isEqualTo(270.0);
		assertThat(pace.onPace()).isFalse();
		assertThat(PaceChart.of(BigDecimal.valueOf(70), BigDecimal.valueOf(75), BigDecimal.TEN).onPace()).isTrue();
		assertThat(PaceChart.of(null, BigDecimal.valueOf(75), BigDecimal.TEN).hasRate()).isFalse();
	}

	@Test
	void theOutlinesHoldTheElevenCounties() {
		CountyOutlines outlines = CountyOutlines.jinzhong();
		assertThat(outlines.outlines()).extracting(CountyOutlines.Outline::code)
			.containsExactlyInAnyOrder("yuci", "taigu", "qixian", "pingyao", "lingshi", "jiexiu", "shouyang", "xiyang",
					"heshun", "zuoquan", "yushe");
		assertThat(outlines.outlines()).allSatisfy((o) -> {
			assertThat(o.path()).startsWith("M").endsWith("Z");
			assertThat(o.labelX()).isBetween(0.0, outlines.width());
			assertThat(o.labelY()).isBetween(0.0, outlines.height());
		});
		Map<String, CountyOutlines.Outline> byCode = outlines.outlines()
			.stream()
			.collect(Collectors.toMap(CountyOutlines.Outline::code, Function.identity()));
		assertThat(byCode.get("lingshi").labelX()).as("灵石县 lies west of 昔阳县").isLessThan(byCode.get("xiyang").labelX());
		assertThat(byCode.get("shouyang").labelY()).as("寿阳县 lies north of 左权县")
			.isLessThan(byCode.get("zuoquan").labelY());
	}

	@Test
	void countiesAreShadedByValueMentionedOrWithoutData() {
		Map<String, String> subjects = CountyOutlines.jinzhong()
			.outlines()
			.stream()
			.collect(Collectors.toMap(CountyOutlines.Outline::code, CountyOutlines.Outline::code));
		CountyMap<String> map = CountyMap.of(CountyOutlines.jinzhong(), subjects,
				Map.of("yuci", BigDecimal.valueOf(40), "taigu", BigDecimal.valueOf(10), "qixian", BigDecimal.ZERO),
				Set.of("xiyang", "yuci"));
		Map<String, CountyMap.Shade> shades = map.regions()
			.stream()
			.collect(Collectors.toMap(CountyMap.Region::code, CountyMap.Region::shade));
		assertThat(shades).containsEntry("yuci", CountyMap.Shade.LEVEL_4)
			.containsEntry("taigu", CountyMap.Shade.LEVEL_1)
			.containsEntry("qixian", CountyMap.Shade.LEVEL_1)
			.containsEntry("xiyang", CountyMap.Shade.MENTIONED)
			.containsEntry("lingshi", CountyMap.Shade.NO_DATA);
		assertThat(map.regions()).hasSize(11);
		assertThat(CountyMap.shade(BigDecimal.valueOf(21), BigDecimal.valueOf(40), false))
			.isEqualTo(CountyMap.Shade.LEVEL_3);
	}

}
