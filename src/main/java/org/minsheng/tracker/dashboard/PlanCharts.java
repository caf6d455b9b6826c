package org.minsheng.tracker.dashboard;

import org.minsheng.tracker.chart.BarChart;
import org.minsheng.tracker.chart.CountyMap;
import org.minsheng.tracker.chart.GroupedBarChart;
import org.minsheng.tracker.chart.PaceChart;
import org.minsheng.tracker.chart.StackedBar;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.progress.ProgressStatus;

/**
 * The dashboard's pictures: completion by area, commitments by status, overall progress
 * against the year elapsed, the county map and, once there is more than one published
 * plan, the years compared by area (else null).
 */
public record PlanCharts(BarChart<AreaShare> areas, StackedBar<ProgressStatus> statuses, PaceChart pace,
		CountyMap<CountyRef> map, GroupedBarChart<Area, Integer> years) {

	/** An area and how many of the plan's commitments are in it. */
	public record AreaShare(Area area, int commitments) {
	}

}
