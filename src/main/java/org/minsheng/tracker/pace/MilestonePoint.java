package org.minsheng.tracker.pace;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.minsheng.tracker.system.LocalizedText;

/**
 * One milestone of an indicator: by {@code due} (inclusive) the indicator should have
 * reached {@code value} (cumulative, in the indicator's unit), or, for a qualitative
 * task, the named {@code step} (e.g. site chosen, tendered, built, accepted).
 *
 * @param due the day by whose end the milestone should be reached
 * @param value the planned cumulative value, or null for a named step
 * @param step the step's name, or null (optional for a measured indicator)
 */
public record MilestonePoint(LocalDate due, BigDecimal value, LocalizedText step) {

	public MilestonePoint {
		if (due == null) {
			throw new IllegalArgumentException("a milestone has a date");
		}
		if (value == null && (step == null || step.zh() == null)) {
			throw new IllegalArgumentException("a milestone has a value or a step");
		}
		if (value != null && value.signum() < 0) {
			throw new IllegalArgumentException("a milestone's value cannot be negative");
		}
	}

	/** The line as staff type it ({@link MilestoneLines}). */
	public String asLine() {
		StringBuilder line = new StringBuilder(this.due.toString());
		if (this.value != null) {
			line.append(' ').append(this.value.stripTrailingZeros().toPlainString());
		}
		if (this.step != null && this.step.zh() != null) {
			line.append(' ').append(this.step.zh());
		}
		return line.toString();
	}

}
