package org.minsheng.tracker.progress;

import static org.minsheng.tracker.system.PortalFormat.plain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.system.Problem;
import org.minsheng.tracker.system.VisibleText;

/**
 * The rules a report must meet before it is saved: a clean number in range, a date inside
 * the plan's year and not in the future, no silent drop below the last approved figure, a
 * county breakdown that adds up (or says why not), and a confirmed look at figures far
 * above target.
 */
public final class ReportRules {

	/** A figure above this share of the target must be confirmed by the editor. */
	public static final BigDecimal FAR_ABOVE_TARGET = new BigDecimal("1.5");

	static final int MAX_TEXT = 2000;

	private static final Pattern NUMBER = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");

	/** Any plain decimal, however long: one too long for a figure is "too large". */
	private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

	private static final List<DateTimeFormatter> DAY_FORMATS = List
		.of(DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
				DateTimeFormatter.ofPattern("uuuu年M月d日"))
		.stream()
		.map((format) -> format.withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{1,490}");

	private ReportRules() {
	}

	/**
	 * The outcome: the problems, and the parsed figure and county amounts where valid.
	 */
	public record Checked(List<Problem> problems, Figure figure, Boolean taskDone, LocalDate asOf,
			Map<County, BigDecimal> counties) {

		public boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	public static Checked check(ReportFiling form, Indicator indicator, int planYear, LocalDate today,
			Reading lastApproved, List<County> allCounties) {
		List<Problem> problems = new ArrayList<>();
		Figure figure = null;
		Boolean taskDone = null;
		if (indicator.getKind() == IndicatorKind.QUALITATIVE) {
			taskDone = form.taskDone();
			if (taskDone == null) {
				problems.add(new Problem("taskDone", "report.error.task.required"));
			}
		}
		else {
			BigDecimal value = number(form.value(), "value", problems, true);
			if (value != null) {
				figure = figure(value, form.valueIsLowerBound(), indicator, problems);
			}
		}
		LocalDate asOf = asOf(form.asOf(), planYear, today, problems);
		if (isDrop(figure, lastApproved) && isBlank(form.correctionReason())) {
			problems.add(new Problem("correctionReason", "report.error.lowerThanApproved",
					plain(lastApproved.figure().value()), lastApproved.asOf().toString()));
		}
		if (figure != null && indicator.getTarget().isSet() && indicator.getTarget().amount().signum() > 0
				&& figure.value().compareTo(indicator.getTarget().amount().multiply(FAR_ABOVE_TARGET)) > 0
				&& !form.confirmLarge()) {
			problems.add(new Problem("confirmLarge", "report.warning.farAboveTarget", plain(figure.value()),
					plain(indicator.getTarget().amount())));
		}
		Map<County, BigDecimal> counties = counties(form, allCounties, problems);
		if (figure != null && !counties.isEmpty() && isBlank(form.breakdownNote())) {
			BigDecimal sum = counties.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(figure.value()) != 0) {
				problems.add(new Problem("breakdownNote", "report.error.breakdown.mismatch", plain(sum),
						plain(figure.value())));
			}
		}
		if (!isBlank(form.evidenceUrl()) && !URL.matcher(form.evidenceUrl().strip()).matches()) {
			problems.add(new Problem("evidenceUrl", "report.error.evidence.invalid"));
		}
		for (String field : new String[] { "note", "correctionReason", "breakdownNote" }) {
			String text = switch (field) {
				case "note" -> form.note();
				case "correctionReason" -> form.correctionReason();
				default -> form.breakdownNote();
			};
			if (text != null && text.length() > MAX_TEXT) {
				problems.add(new Problem(field, "report.error.text.tooLong", String.valueOf(MAX_TEXT)));
			}
		}
		return new Checked(List.copyOf(problems), figure, taskDone, asOf, counties);
	}

	/**
	 * The one rule for a drop, at filing and again at approval: a figure below the
	 * indicator's current public figure, which needs a correction reason.
	 */
	public static boolean isDrop(Figure figure, Reading publicNow) {
		return figure != null && publicNow != null && publicNow.figure() != null
				&& figure.value().compareTo(publicNow.figure().value()) < 0;
	}

	private static Figure figure(BigDecimal value, boolean lowerBound, Indicator indicator, List<Problem> problems) {
		if (value.compareTo(Figure.MAXIMUM) > 0) {
			problems.add(new Problem("value", "report.error.value.tooLarge", plain(Figure.MAXIMUM)));
			return null;
		}
		if (indicator.getKind() == IndicatorKind.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.add(new Problem("value", "report.error.value.percentOver100"));
			return null;
		}
		if (indicator.getKind() == IndicatorKind.COUNT && value.stripTrailingZeros().scale() > 0) {
			problems.add(new Problem("value", "report.error.value.notWhole"));
			return null;
		}
		return new Figure(value, lowerBound);
	}

	/** Parses a typed amount; full-width digits (１２３) are accepted. */
	static BigDecimal number(String typed, String field, List<Problem> problems, boolean required) {
		if (isBlank(typed)) {
			if (required) {
				problems.add(new Problem(field, "report.error.value.required"));
			}
			return null;
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		if (text.startsWith("-") || text.startsWith("−")) {
			problems.add(new Problem(field, "report.error.value.negative"));
			return null;
		}
		if (DECIMAL.matcher(text).matches() && new BigDecimal(text).compareTo(Figure.MAXIMUM) > 0) {
			problems.add(new Problem(field, "report.error.value.tooLarge", plain(Figure.MAXIMUM)));
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			problems.add(new Problem(field, "report.error.value.notNumber"));
			return null;
		}
		return new BigDecimal(text);
	}

	/**
	 * A day as people write it: 2025-12-31, 2025-1-5, 2025/12/31 (how Excel shows dates
	 * in a Chinese locale) or 2025年12月31日; null if it is none of these or no such day.
	 */
	static LocalDate day(String text) {
		for (DateTimeFormatter format : DAY_FORMATS) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a day
			}
		}
		return null;
	}

	private static LocalDate asOf(String typed, int planYear, LocalDate today, List<Problem> problems) {
		if (isBlank(typed)) {
			problems.add(new Problem("asOf", "report.error.asOf.required"));
			return null;
		}
		LocalDate date = day(Normalizer.normalize(typed, Normalizer.Form.NFKC).strip());
		if (date == null) {
			problems.add(new Problem("asOf", "report.error.asOf.invalid"));
			return null;
		}
		if (date.getYear() != planYear) {
			problems.add(new Problem("asOf", "report.error.asOf.outsideYear", String.valueOf(planYear)));
			return null;
		}
		if (date.isAfter(today)) {
			problems.add(new Problem("asOf", "report.error.asOf.future"));
			return null;
		}
		return date;
	}

	private static Map<County, BigDecimal> counties(ReportFiling form, List<County> allCounties,
			List<Problem> problems) {
		Map<County, BigDecimal> amounts = new LinkedHashMap<>();
		for (County county : allCounties) {
			String typed = form.counties().get(county.getCode());
			List<Problem> own = new ArrayList<>();
			BigDecimal amount = number(typed, "counties[" + county.getCode() + "]", own, false);
			problems.addAll(own);
			if (amount != null && amount.compareTo(Figure.MAXIMUM) <= 0) {
				amounts.put(county, amount);
			}
		}
		return amounts;
	}

	private static boolean isBlank(String text) {
		return VisibleText.isBlank(text);
	}

}
