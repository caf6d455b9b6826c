package org.minsheng.tracker.pace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.LocalizedText;

/**
 * Milestones as staff type them, one per line: a date (YYYY-MM-DD) and, for a measured
 * indicator, the planned cumulative value, optionally followed by a step's name
 * ({@code 2025-06-30 20 招标完成}); for a qualitative task, the step's name
 * ({@code 2025-03-31 选址完成}). Blank lines are ignored; no line at all means the calendar
 * line. Every problem names its line; bad input changes nothing.
 */
public final class MilestoneLines {

	/** The field problems are reported on. */
	public static final String FIELD = "lines";

	static final int MAX_LINES = 24;

	static final int MAX_STEP = 100;

	private MilestoneLines() {
	}

	/**
	 * The milestones in date order, or an {@link InvalidInputException} naming every bad
	 * line.
	 */
	public static List<MilestonePoint> parse(String text, int year, IndicatorKind kind, Target target) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		List<MilestonePoint> points = new ArrayList<>();
		Set<LocalDate> days = new HashSet<>();
		String[] lines = (text == null) ? new String[0] : text.split("\\R");
		int number = 0;
		int counted = 0;
		for (String raw : lines) {
			number++;
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			counted++;
			if (counted > MAX_LINES) {
				problems.add(FIELD, "pace.error.tooMany", MAX_LINES);
				break;
			}
			MilestonePoint point = parseLine(line, String.valueOf(number), year, kind, target, problems);
			if (point != null) {
				if (!days.add(point.due())) {
					problems.add(FIELD, "pace.error.line.duplicateDate", number, point.due());
				}
				else {
					points.add(point);
				}
			}
		}
		List<MilestonePoint> sorted = points.stream().sorted(Comparator.comparing(MilestonePoint::due)).toList();
		BigDecimal previous = null;
		for (MilestonePoint point : sorted) {
			if (point.value() != null) {
				if (previous != null && point.value().compareTo(previous) < 0) {
					problems.add(FIELD, "pace.error.decreasing", point.due());
				}
				previous = point.value();
			}
		}
		problems.throwIfAny();
		return sorted;
	}

	private static MilestonePoint parseLine(String line, String number, int year, IndicatorKind kind, Target target,
			InvalidInputException.Collector problems) {
		String[] parts = line.split("\\s+", 2);
		LocalDate due;
		try {
			due = LocalDate.parse(parts[0]);
		}
		catch (DateTimeParseException ex) {
			problems.add(FIELD, "pace.error.line.date", number);
			return null;
		}
		if (due.getYear() != year) {
			problems.add(FIELD, "pace.error.line.outsideYear", number, year);
			return null;
		}
		String rest = (parts.length > 1) ? parts[1].strip() : "";
		if (kind == IndicatorKind.QUALITATIVE) {
			if (rest.isEmpty()) {
				problems.add(FIELD, "pace.error.line.step", number);
				return null;
			}
			return step(due, null, rest, number, problems);
		}
		String[] valueAndStep = rest.split("\\s+", 2);
		BigDecimal value;
		try {
			value = new BigDecimal(valueAndStep[0].replace(",", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(FIELD, "pace.error.line.value", number);
			return null;
		}
		if (value.signum() < 0 || value.scale() > 2 || value.compareTo(new BigDecimal("999999999999.99")) > 0) {
			problems.add(FIELD, "pace.error.line.value", number);
			return null;
		}
		if (target != null && target.isSet() && value.compareTo(target.amount()) > 0) {
			problems.add(FIELD, "pace.error.line.aboveTarget", number,
					target.amount().stripTrailingZeros().toPlainString());
			return null;
		}
		if (kind == IndicatorKind.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.add(FIELD, "pace.error.line.aboveTarget", number, "100");
			return null;
		}
		String name = (valueAndStep.length > 1) ? valueAndStep[1].strip() : "";
		return name.isEmpty() ? new MilestonePoint(due, value, null) : step(due, value, name, number, problems);
	}

	private static MilestonePoint step(LocalDate due, BigDecimal value, String name, String number,
			InvalidInputException.Collector problems) {
		if (name.length() > MAX_STEP) {
			problems.add(FIELD, "pace.error.line.stepTooLong", number, MAX_STEP);
			return null;
		}
		return new MilestonePoint(due, value, new LocalizedText(name, null));
	}

	/** The milestones as lines again (the form's initial text, a change's record). */
	public static String format(List<MilestonePoint> points) {
		return String.join("\n", points.stream().map(MilestonePoint::asLine).toList());
	}

}
