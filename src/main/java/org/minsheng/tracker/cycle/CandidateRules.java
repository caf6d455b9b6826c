package org.minsheng.tracker.cycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.system.FormText;
import org.minsheng.tracker.system.InvalidInputException;

/**
 * Reads a candidate as staff typed it, naming every mistake by field. Indicators are
 * typed one a line as "name; unit; target": a unit and a target make a count, the unit
 * "%" a percentage, neither a qualitative task. Suggestions are typed as their numbers.
 */
public final class CandidateRules {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_INDICATORS = 10;

	private CandidateRules() {
	}

	/** The input, or null when a problem was found (each one is in {@code problems}). */
	public static CandidateInput read(String title, String titleEn, String description, String area,
			Long leadDepartmentId, String cost, List<String> counties, String suggestions, String indicators,
			InvalidInputException.Collector problems) {
		String name = FormText.clean(title);
		if (name == null || name.length() > MAX_TITLE) {
			problems.add("title", "cycle.error.title", MAX_TITLE);
		}
		String english = FormText.clean(titleEn);
		if (english != null && english.length() > 300) {
			problems.add("titleEn", "admin.error.englishTooLong", 300);
		}
		String text = FormText.clean(description);
		if (text == null || text.length() > MAX_DESCRIPTION) {
			problems.add("description", "cycle.error.description", MAX_DESCRIPTION);
		}
		Area known = Area.fromParameter(area);
		if (known == null) {
			problems.add("area", "admin.commitment.error.area");
		}
		BigDecimal amount = cost(cost, problems);
		Set<Long> suggestionIds = suggestionIds(suggestions, problems);
		List<CandidateIndicator> lines = indicators(indicators, problems);
		List<String> codes = (counties != null) ? counties.stream().filter((c) -> c != null && !c.isBlank()).toList()
				: List.of();
		return new CandidateInput(name, english, text, known, leadDepartmentId, amount, codes, suggestionIds, lines);
	}

	private static BigDecimal cost(String typed, InvalidInputException.Collector problems) {
		String cost = FormText.clean(typed);
		if (cost == null) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(cost.replace(",", ""));
			if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("999999999999")) > 0) {
				problems.add("estimatedCost", "cycle.error.cost");
				return null;
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			problems.add("estimatedCost", "cycle.error.cost");
			return null;
		}
	}

	private static Set<Long> suggestionIds(String typed, InvalidInputException.Collector problems) {
		Set<Long> ids = new LinkedHashSet<>();
		String list = FormText.clean(typed);
		if (list == null) {
			return ids;
		}
		for (String part : list.split("[\\s,，、]+")) {
			String number = part.startsWith("#") ? part.substring(1) : part;
			if (!number.matches("[0-9]{1,12}")) {
				problems.add("suggestions", "cycle.error.suggestionNumber", part);
				return ids;
			}
			ids.add(Long.parseLong(number));
		}
		return ids;
	}

	static List<CandidateIndicator> indicators(String typed, InvalidInputException.Collector problems) {
		List<CandidateIndicator> indicators = new ArrayList<>();
		String text = FormText.clean(typed);
		if (text == null) {
			problems.add("indicators", "cycle.error.indicatorsRequired");
			return indicators;
		}
		String[] lines = text.split("\\R");
		int number = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			number++;
			CandidateIndicator indicator = indicator(line, number, problems);
			if (indicator != null) {
				indicators.add(indicator);
			}
		}
		if (number > MAX_INDICATORS) {
			problems.add("indicators", "cycle.error.indicatorsTooMany", MAX_INDICATORS);
		}
		return indicators;
	}

	private static CandidateIndicator indicator(String line, int number, InvalidInputException.Collector problems) {
		String[] parts = line.split("[;；]", -1);
		String name = FormText.clean(parts[0]);
		String unit = (parts.length > 1) ? FormText.clean(parts[1]) : null;
		String target = (parts.length > 2) ? FormText.clean(parts[2]) : null;
		if (name == null || name.length() > 200 || parts.length > 3 || (unit != null && unit.length() > 20)) {
			problems.add("indicators", "cycle.error.indicatorLine", number);
			return null;
		}
		if (unit == null && target == null) {
			return new CandidateIndicator(name, IndicatorKind.QUALITATIVE, null, null);
		}
		BigDecimal amount = null;
		if (target != null) {
			try {
				amount = new BigDecimal(target.replace(",", ""));
			}
			catch (NumberFormatException ex) {
				amount = null;
			}
			if (amount == null || amount.signum() < 0 || amount.scale() > 2
					|| amount.compareTo(new BigDecimal("999999999999")) > 0) {
				problems.add("indicators", "cycle.error.indicatorTarget", number);
				return null;
			}
		}
		boolean percentage = "%".equals(unit) || "％".equals(unit);
		if (percentage && amount != null && amount.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.add("indicators", "cycle.error.indicatorPercentage", number);
			return null;
		}
		if (unit == null) {
			problems.add("indicators", "cycle.error.indicatorUnit", number);
			return null;
		}
		return new CandidateIndicator(name, percentage ? IndicatorKind.PERCENTAGE : IndicatorKind.COUNT,
				percentage ? "%" : unit, amount);
	}

}
