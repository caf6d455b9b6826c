package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;

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

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{1,490}");

	private ReportRules() {
	}

	/**
	 * The outcome: the violations, and the parsed figure and county amounts where valid.
	 */
	public record Checked(List<RuleViolation> violations, Figure figure, Boolean taskDone, LocalDate asOf,
			Map<County, BigDecimal> counties) {

		public boolean isValid() {
			return this.violations.isEmpty();
		}

	}

	public static Checked check(ReportFiling form, Indicator indicator, int planYear, LocalDate today,
			Reading lastApproved, List<County> allCounties) {
		List<RuleViolation> violations = new ArrayList<>();
		Figure figure = null;
		Boolean taskDone = null;
		if (indicator.getKind() == IndicatorKind.QUALITATIVE) {
			taskDone = form.taskDone();
			if (taskDone == null) {
				violations.add(new RuleViolation("taskDone", "report.error.task.required"));
			}
		}
		else {
			BigDecimal value = number(form.value(), "value", violations, true);
			if (value != null) {
				figure = figure(value, form.valueIsLowerBound(), indicator, violations);
			}
		}
		LocalDate asOf = asOf(form.asOf(), planYear, today, violations);
		if (figure != null && lastApproved != null && lastApproved.figure() != null
				&& figure.value().compareTo(lastApproved.figure().value()) < 0 && isBlank(form.correctionReason())) {
			violations.add(new RuleViolation("correctionReason", "report.error.lowerThanApproved",
					lastApproved.figure().value().stripTrailingZeros().toPlainString(),
					lastApproved.asOf().toString()));
		}
		if (figure != null && indicator.getTarget().isSet() && indicator.getTarget().amount().signum() > 0
				&& figure.value().compareTo(indicator.getTarget().amount().multiply(FAR_ABOVE_TARGET)) > 0
				&& !form.confirmLarge()) {
			violations.add(new RuleViolation("confirmLarge", "report.warning.farAboveTarget", plain(figure.value()),
					plain(indicator.getTarget().amount())));
		}
		Map<County, BigDecimal> counties = counties(form, allCounties, violations);
		if (figure != null && !counties.isEmpty() && isBlank(form.breakdownNote())) {
			BigDecimal sum = counties.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(figure.value()) != 0) {
				violations.add(new RuleViolation("breakdownNote", "report.error.breakdown.mismatch", plain(sum),
						plain(figure.value())));
			}
		}
		if (!isBlank(form.evidenceUrl()) && !URL.matcher(form.evidenceUrl().strip()).matches()) {
			violations.add(new RuleViolation("evidenceUrl", "report.error.evidence.invalid"));
		}
		for (String field : new String[] { "note", "correctionReason", "breakdownNote" }) {
			String text = switch (field) {
				case "note" -> form.note();
				case "correctionReason" -> form.correctionReason();
				default -> form.breakdownNote();
			};
			if (text != null && text.length() > MAX_TEXT) {
				violations.add(new RuleViolation(field, "report.error.text.tooLong", String.valueOf(MAX_TEXT)));
			}
		}
		return new Checked(List.copyOf(violations), figure, taskDone, asOf, counties);
	}

	private static Figure figure(BigDecimal value, boolean lowerBound, Indicator indicator,
			List<RuleViolation> violations) {
		if (value.compareTo(Figure.MAXIMUM) > 0) {
			violations.add(new RuleViolation("value", "report.error.value.tooLarge", plain(Figure.MAXIMUM)));
			return null;
		}
		if (indicator.getKind() == IndicatorKind.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			violations.add(new RuleViolation("value", "report.error.value.percentOver100"));
			return null;
		}
		return new Figure(value, lowerBound);
	}

	/** Parses a typed amount; full-width digits (１２３) are accepted. */
	static BigDecimal number(String typed, String field, List<RuleViolation> violations, boolean required) {
		if (isBlank(typed)) {
			if (required) {
				violations.add(new RuleViolation(field, "report.error.value.required"));
			}
			return null;
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		if (text.startsWith("-") || text.startsWith("−")) {
			violations.add(new RuleViolation(field, "report.error.value.negative"));
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			violations.add(new RuleViolation(field, "report.error.value.notNumber"));
			return null;
		}
		return new BigDecimal(text);
	}

	private static LocalDate asOf(String typed, int planYear, LocalDate today, List<RuleViolation> violations) {
		if (isBlank(typed)) {
			violations.add(new RuleViolation("asOf", "report.error.asOf.required"));
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(Normalizer.normalize(typed, Normalizer.Form.NFKC).strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(new RuleViolation("asOf", "report.error.asOf.invalid"));
			return null;
		}
		if (date.getYear() != planYear) {
			violations.add(new RuleViolation("asOf", "report.error.asOf.outsideYear", String.valueOf(planYear)));
			return null;
		}
		if (date.isAfter(today)) {
			violations.add(new RuleViolation("asOf", "report.error.asOf.future"));
			return null;
		}
		return date;
	}

	private static Map<County, BigDecimal> counties(ReportFiling form, List<County> allCounties,
			List<RuleViolation> violations) {
		Map<County, BigDecimal> amounts = new LinkedHashMap<>();
		for (County county : allCounties) {
			String typed = form.counties().get(county.getCode());
			List<RuleViolation> own = new ArrayList<>();
			BigDecimal amount = number(typed, "counties[" + county.getCode() + "]", own, false);
			violations.addAll(own);
			if (amount != null && amount.compareTo(Figure.MAXIMUM) <= 0) {
				amounts.put(county, amount);
			}
		}
		return amounts;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
