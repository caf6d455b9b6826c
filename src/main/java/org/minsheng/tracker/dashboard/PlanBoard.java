package org.minsheng.tracker.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.system.LocalizedText;

/**
 * Everything the year's dashboard shows.
 *
 * @param headline figures over the whole plan, whatever the filter
 * @param commitments the commitments the filter keeps, in number order
 * @param areas the areas the plan has commitments in, for the filter
 * @param counties every county, for the filter
 * @param charts the pictures of the whole plan, whatever the filter
 */
public record PlanBoard(int year, LocalizedText title, LocalizedText note, SourceView source, Headline headline,
		List<CommitmentView> commitments, BoardFilter filter, List<Area> areas, List<CountyRef> counties,
		Instant lastUpdated, LocalDate today, BigDecimal elapsedPercent, List<Integer> publishedYears,
		PlanCharts charts) {

	public LocalDate lastDay() {
		return LocalDate.of(this.year, 12, 31);
	}

}
