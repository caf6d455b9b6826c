package org.minsheng.tracker.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.minsheng.tracker.dashboard.YearComparison;
import org.minsheng.tracker.system.BadRequestException;

/**
 * The years to compare, as {@code years=2025,2026}: two to five different four-digit
 * years, in the order asked. Anything else is a 400 saying what to write.
 */
record YearList(List<Integer> years) {

	private static final Pattern YEARS = Pattern.compile("\\d{4}(,\\d{4})*");

	YearList {
		years = List.copyOf(years);
		if (years.size() < 2 || years.size() > YearComparison.MAX_YEARS) {
			throw new BadRequestException("compare.count");
		}
	}

	static YearList parse(String typed) {
		String compact = typed.replace(" ", "");
		if (!YEARS.matcher(compact).matches()) {
			throw new BadRequestException("compare.invalid");
		}
		Set<Integer> years = new LinkedHashSet<>();
		for (String year : compact.split(",")) {
			years.add(Integer.valueOf(year));
		}
		return new YearList(List.copyOf(years));
	}

}
