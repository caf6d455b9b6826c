package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups of horizontal bars on one 0..max scale (e.g. completion by area, one bar per
 * year): each group has a heading line, then one labelled bar per series. A missing value
 * draws no bar.
 *
 * @param <G> what a group stands for
 * @param <S> what a series stands for
 */
public record GroupedBarChart<G, S>(List<Group<G, S>> groups, List<S> series, BigDecimal max, double width,
		double height) {

	public static final double WIDTH = 360;

	/** Where bars start: the series' label sits left of it. */
	public static final double BAR_LEFT = 44;

	/** Where bars end: the value sits right of it. */
	public static final double BAR_RIGHT = 296;

	static final double HEADING = 22;

	static final double ROW = 18;

	static final double BAR_HEIGHT = 12;

	static final double GAP = 8;

	/** One group: its heading baseline and its bars. */
	public record Group<G, S>(G subject, double headingY, List<Bar<S>> bars) {
	}

	/**
	 * One bar of a group.
	 *
	 * @param index the series' position (for its fill)
	 * @param textY baseline of the series label and the value
	 */
	public record Bar<S>(S series, int index, BigDecimal value, double barY, double textY, double length) {

		public boolean hasValue() {
			return this.value != null;
		}

	}

	/**
	 * Builds the chart; {@code values.get(g).get(s)} is group g's value for series s, or
	 * null.
	 */
	public static <G, S> GroupedBarChart<G, S> of(List<G> groups, List<S> series, List<List<BigDecimal>> values,
			BigDecimal max) {
		List<Group<G, S>> built = new ArrayList<>();
		double y = 0;
		for (int g = 0; g < groups.size(); g++) {
			double headingY = y + 15;
			y += HEADING;
			List<Bar<S>> bars = new ArrayList<>();
			for (int s = 0; s < series.size(); s++) {
				BigDecimal value = values.get(g).get(s);
				bars.add(new Bar<>(series.get(s), s, value, y + 2, y + 12,
						Scale.along(value, max, BAR_RIGHT - BAR_LEFT)));
				y += ROW;
			}
			y += GAP;
			built.add(new Group<>(groups.get(g), headingY, bars));
		}
		return new GroupedBarChart<>(built, series, max, WIDTH, Math.max(HEADING, y));
	}

	public double barLeft() {
		return BAR_LEFT;
	}

	public double barSpan() {
		return BAR_RIGHT - BAR_LEFT;
	}

}
