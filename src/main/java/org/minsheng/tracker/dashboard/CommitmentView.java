package org.minsheng.tracker.dashboard;

import java.util.List;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.progress.CommitmentProgress;
import org.minsheng.tracker.system.LocalizedText;

/**
 * A commitment as the public sees it: what was promised, how far it has got, where, and
 * the source.
 */
public record CommitmentView(int year, int number, LocalizedText title, LocalizedText summary, Area area,
		LocalizedText leadDepartment, SourceView source, String sourceQuote, List<IndicatorView> indicators,
		CommitmentProgress progress, List<CountyRef> counties) {

	/**
	 * Whether a later figure filed by staff replaced one the source published: the
	 * source's quote is then the figure first published, no longer the current one.
	 */
	public boolean sourceFigureReplaced() {
		return this.indicators.stream().anyMatch((indicator) -> indicator.staffSource() != null);
	}

	public boolean concerns(String countyCode) {
		return this.counties.stream().anyMatch((county) -> county.code().equals(countyCode));
	}

}
