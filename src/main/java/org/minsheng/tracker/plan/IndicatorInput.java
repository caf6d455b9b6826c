package org.minsheng.tracker.plan;

import java.math.BigDecimal;

import org.minsheng.tracker.system.FormText;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.LocalizedText;

/**
 * Checks a typed indicator against the rules the database also enforces: a kind, a unit
 * for a count, a non-negative target of at most two decimals (at most 100 for a
 * percentage) and none for a qualitative task.
 */
record IndicatorInput(LocalizedText name, IndicatorKind kind, LocalizedText unit, Target target) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The largest target NUMERIC(14, 2) holds, rounded down to a round number. */
	private static final BigDecimal MAX_TARGET = new BigDecimal("999999999999");

	static IndicatorInput check(IndicatorForm form, InvalidInputException.Collector problems) {
		LocalizedText name = FormText.localized(form.getNameZh(), form.getNameEn());
		if (name.zh() == null || name.zh().length() > 200) {
			problems.add("nameZh", "admin.indicator.error.nameZh");
		}
		if (name.en() != null && name.en().length() > 300) {
			problems.add("nameEn", "admin.error.englishTooLong", 300);
		}
		IndicatorKind kind = kind(form.getKind());
		if (kind == null) {
			problems.add("kind", "admin.indicator.error.kind");
			return null;
		}
		LocalizedText unit = unit(form, kind, problems);
		Target target = target(FormText.clean(form.getTarget()), kind, problems);
		return new IndicatorInput(name, kind, unit, target);
	}

	private static IndicatorKind kind(String typed) {
		for (IndicatorKind kind : IndicatorKind.values()) {
			if (kind.name().equals(typed)) {
				return kind;
			}
		}
		return null;
	}

	private static LocalizedText unit(IndicatorForm form, IndicatorKind kind,
			InvalidInputException.Collector problems) {
		LocalizedText unit = FormText.localized(form.getUnitZh(), form.getUnitEn());
		if (kind == IndicatorKind.QUALITATIVE) {
			if (unit.zh() != null || unit.en() != null) {
				problems.add("unitZh", "admin.indicator.error.unit.qualitative");
			}
			return null;
		}
		if (unit.zh() == null && kind == IndicatorKind.PERCENTAGE) {
			return (unit.en() == null) ? new LocalizedText("%", "%") : unit;
		}
		if (unit.zh() == null || unit.zh().length() > 20) {
			problems.add("unitZh", "admin.indicator.error.unit");
		}
		if (unit.en() != null && unit.en().length() > 40) {
			problems.add("unitEn", "admin.error.englishTooLong", 40);
		}
		return unit;
	}

	private static Target target(String typed, IndicatorKind kind, InvalidInputException.Collector problems) {
		if (kind == IndicatorKind.QUALITATIVE) {
			if (typed != null) {
				problems.add("target", "admin.indicator.error.target.qualitative");
			}
			return Target.NONE;
		}
		if (typed == null) {
			problems.add("target", "admin.indicator.error.target.required");
			return Target.NONE;
		}
		if (!typed.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
			problems.add("target", "admin.indicator.error.target.notNumber");
			return Target.NONE;
		}
		BigDecimal amount = new BigDecimal(typed);
		if (amount.signum() < 0) {
			problems.add("target", "admin.indicator.error.target.negative");
		}
		else if (amount.compareTo(MAX_TARGET) > 0) {
			problems.add("target", "admin.indicator.error.target.tooLarge", MAX_TARGET.toPlainString());
		}
		else if (kind == IndicatorKind.PERCENTAGE && amount.compareTo(HUNDRED) > 0) {
			problems.add("target", "admin.indicator.error.target.percentOver100");
		}
		else {
			return new Target(amount);
		}
		return Target.NONE;
	}

	/** How the audit trail records the indicator. */
	String describe() {
		return "kind=" + this.kind + " unit=" + ((this.unit != null) ? this.unit.zh() : null) + " target="
				+ (this.target.isSet() ? this.target.amount().toPlainString() : null) + " name=" + this.name.zh();
	}

}
