package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, one row each: the label and value on a line, the bar below it across
 * the full width. A missing value draws no bar (never a zero bar).
 *
 * @param <T> what each bar stands for (an area, a county)
 * @param max the value a full-width bar stands for
 */
public record BarChart<T>(List<Bar<T>> bars, BigDecimal max, double width, double height) {

	public static final double WIDTH = 360;

	static final double ROW = 38;

	static final double BAR_HEIGHT = 14;

	/**
	 * One bar.
	 *
	 * @param textY baseline of the label and value
	 * @param barY top of the bar (and of its track)
	 * @param length the bar's length: value / max × width, clamped to the width
	 */
	public record Bar<T>(T subject, BigDecimal value, boolean lowerBound, double textY, double barY, double length,
			double barHeight) {

		public boolean hasValue() {
			return this.value != null;
		}

	}

	/** A value to draw: null where there is none. */
	public record Entry<T>(T subject, BigDecimal value, boolean lowerBound) {
	}

	/** Bars on a 0..max scale; with a null max, the largest value is the full width. */
	public static <T> BarChart<T> of(List<Entry<T>> entries, BigDecimal max) {
		BigDecimal scaleMax = (max != null) ? max
				: entries.stream()
					.map(Entry::value)
					.filter(java.util.Objects::nonNull)
					.max(BigDecimal::compareTo)
					.orElse(BigDecimal.ZERO);
		List<Bar<T>> bars = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry<T> entry = entries.get(i);
			double top = i * ROW;
			bars.add(new Bar<>(entry.subject(), entry.value(), entry.lowerBound(), top + 14, top + 19,
					Scale.along(entry.value(), scaleMax, WIDTH), BAR_HEIGHT));
		}
		return new BarChart<>(bars, scaleMax, WIDTH, Math.max(ROW, entries.size() * ROW));
	}

	/** The bar with the largest value, or null if no bar has a value. */
	public Bar<T> largest() {
		return this.bars.stream().filter(Bar::hasValue).max(java.util.Comparator.comparing(Bar::value)).orElse(null);
	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

}
