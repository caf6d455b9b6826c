package org.minsheng.tracker.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One bar split into parts that add up to a whole (the commitments by status), with a
 * legend row per part that names it and gives its count.
 */
public record StackedBar<T>(List<Segment<T>> segments, int total, double width, double height) {

	public static final double WIDTH = 360;

	static final double BAR_HEIGHT = 28;

	static final double LEGEND_ROW = 22;

	/**
	 * One part: its share of the bar and its legend row.
	 *
	 * @param legendY baseline of the legend text
	 */
	public record Segment<T>(T subject, int count, double x, double width, double legendY) {
	}

	/** A part and its count. */
	public record Entry<T>(T subject, int count) {
	}

	/** Parts in the given order; parts with a zero count are left out. */
	public static <T> StackedBar<T> of(List<Entry<T>> entries) {
		int total = entries.stream().mapToInt(Entry::count).sum();
		List<Segment<T>> segments = new ArrayList<>();
		int before = 0;
		for (Entry<T> entry : entries) {
			if (entry.count() <= 0) {
				continue;
			}
			double x = Scale.round(WIDTH * before / total);
			double end = Scale.round(WIDTH * (before + entry.count()) / total);
			segments.add(new Segment<>(entry.subject(), entry.count(), x, Scale.round(end - x),
					BAR_HEIGHT + 22 + segments.size() * LEGEND_ROW));
			before += entry.count();
		}
		return new StackedBar<>(segments, total, WIDTH, BAR_HEIGHT + 12 + Math.max(1, segments.size()) * LEGEND_ROW);
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

}
