package org.minsheng.tracker.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels that start on top of each other end up apart, inside the map. */
class LabelLayoutTest {

	@Test
	void overlappingLabelsArePushedApart() {
		List<LabelLayout.Box> boxes = List.of(new LabelLayout.Box(140, 135, 60, 25),
				new LabelLayout.Box(114, 159, 80, 25), new LabelLayout.Box(120, 150, 90, 25),
				new LabelLayout.Box(5, 5, 40, 25));
		List<LabelLayout.Box> placed = LabelLayout.place(boxes, 360, 244);
		for (int i = 0; i < placed.size(); i++) {
			LabelLayout.Box a = placed.get(i);
			assertThat(a.cx() - a.w() / 2).isGreaterThanOrEqualTo(0);
			assertThat(a.cy() - a.h() / 2).isGreaterThanOrEqualTo(0);
			for (int j = i + 1; j < placed.size(); j++) {
				assertThat(a.overlaps(placed.get(j))).as("%d and %d", i, j).isFalse();
			}
		}
	}

	@Test
	void chineseCharactersAreWiderThanLatinLetters() {
		assertThat(LabelLayout.textWidth("平遥县", 10)).isEqualTo(30);
		assertThat(LabelLayout.textWidth("abc", 10)).isLessThan(30);
	}

}
