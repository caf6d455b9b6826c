package org.minsheng.tracker.dashboard;

import java.util.List;

import org.minsheng.tracker.chart.BarChart;
import org.minsheng.tracker.chart.CountyMap;
import org.minsheng.tracker.chart.StepChart;

/**
 * A commitment page's pictures: per indicator, its figures over time against its target
 * and its county breakdown; and the county map, showing the first breakdown's figures
 * ({@code mapIndicator}) or, without one, the counties the source names.
 */
public record CommitmentCharts(List<IndicatorCharts> indicators, CountyMap<CountyRef> map, IndicatorView mapIndicator) {

	/**
	 * One indicator's charts; either may be null (no figures, no breakdown).
	 */
	public record IndicatorCharts(IndicatorView indicator, StepChart steps, BarChart<CountyRef> counties) {
	}

	public boolean mapShowsFigures() {
		return this.mapIndicator != null;
	}

}
