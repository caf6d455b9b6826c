package org.minsheng.tracker.plan;

/**
 * How an indicator is measured: a count with a unit, a coverage percentage, or a
 * qualitative task that has no number.
 */
public enum IndicatorKind {

	COUNT, PERCENTAGE, QUALITATIVE;

	public boolean isMeasured() {
		return this != QUALITATIVE;
	}

	public boolean isQualitative() {
		return this == QUALITATIVE;
	}

}
