package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.minsheng.tracker.pace.PlannedPace;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.progress.IndicatorProgress;
import org.minsheng.tracker.progress.StaffSource;
import org.minsheng.tracker.system.LocalizedText;

/**
 * An indicator with its target, its current public figure and what follows from them; the
 * figure's source is a published document ({@code source}) or, for a figure filed by
 * staff, {@code staffSource}; {@code plannedPace} is where it should be on any day (its
 * milestones, or the calendar line).
 */
public record IndicatorView(int position, LocalizedText name, IndicatorKind kind, LocalizedText unit, BigDecimal target,
		IndicatorProgress progress, SourceView source, String sourceQuote, List<CountyAmount> counties,
		StaffSource staffSource, PlannedPace plannedPace) {

	public boolean isQualitative() {
		return this.kind == IndicatorKind.QUALITATIVE;
	}

	public boolean hasFigure() {
		return this.progress.reading() != null && this.progress.reading().figure() != null;
	}

	public BigDecimal value() {
		return hasFigure() ? this.progress.reading().figure().value() : null;
	}

	public boolean valueIsLowerBound() {
		return hasFigure() && this.progress.reading().figure().lowerBound();
	}

}
