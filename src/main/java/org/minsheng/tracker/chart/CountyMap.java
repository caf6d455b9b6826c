package org.minsheng.tracker.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The county map: each county's outline, shaded by its value in four steps of the largest
 * value, or marked as named by the source without a figure, or as having no data (never
 * as zero).
 *
 * @param <T> what each county stands for (a link target)
 */
public record CountyMap<T>(double width, double height, List<Region<T>> regions, BigDecimal max) {

	/** How a county is shown. */
	public enum Shade {

		/** Nothing in the data ties this county to it. */
		NO_DATA,
		/** The source names the county, without a figure. */
		MENTIONED,
		/** Up to a quarter of the largest value. */
		LEVEL_1, LEVEL_2, LEVEL_3,
		/** Over three quarters of the largest value. */
		LEVEL_4;

		public boolean hasValue() {
			return ordinal() >= LEVEL_1.ordinal();
		}

		public boolean isMentioned() {
			return this == MENTIONED;
		}

		/** Dark enough that a label on it is written in light text. */
		public boolean isDark() {
			return this == LEVEL_3 || this == LEVEL_4;
		}

	}

	/** One county on the map. */
	public record Region<T>(String code, T subject, String path, double labelX, double labelY, BigDecimal value,
			Shade shade) {
	}

	/**
	 * Places the counties.
	 * @param subjects each county's subject by code; counties without one are left out
	 * @param values a figure per county code (absent: no figure)
	 * @param mentioned the counties the source names
	 */
	public static <T> CountyMap<T> of(CountyOutlines outlines, Map<String, T> subjects, Map<String, BigDecimal> values,
			Set<String> mentioned) {
		BigDecimal max = values.values()
			.stream()
			.filter(Objects::nonNull)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		List<Region<T>> regions = new ArrayList<>();
		for (CountyOutlines.Outline outline : outlines.outlines()) {
			T subject = subjects.get(outline.code());
			if (subject == null) {
				continue;
			}
			BigDecimal value = values.get(outline.code());
			regions.add(new Region<>(outline.code(), subject, outline.path(), outline.labelX(), outline.labelY(), value,
					shade(value, max, mentioned.contains(outline.code()))));
		}
		return new CountyMap<>(outlines.width(), outlines.height(), regions, max);
	}

	static Shade shade(BigDecimal value, BigDecimal max, boolean mentioned) {
		if (value == null) {
			return mentioned ? Shade.MENTIONED : Shade.NO_DATA;
		}
		if (max.signum() <= 0) {
			return Shade.LEVEL_1;
		}
		int level = (int) Math.ceil(4 * value.doubleValue() / max.doubleValue());
		return Shade.values()[Shade.LEVEL_1.ordinal() + Math.max(0, Math.min(3, level - 1))];
	}

}
