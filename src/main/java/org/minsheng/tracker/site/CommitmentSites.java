package org.minsheng.tracker.site;

import java.util.List;
import java.util.Map;

import org.minsheng.tracker.system.LocalizedText;

/**
 * What the public sees of a commitment's sites: the sites by county, the map, each count
 * indicator's figure beside its sites, and the share of problem reports answered on time.
 *
 * @param year the plan's year
 * @param number the commitment's number
 * @param title the commitment's title
 * @param byCounty the sites, county by county in the usual order
 * @param map the sites on the county outlines
 * @param tallies the indicators that have sites listed, with their figures
 * @param onTime the problem reports answered on time
 */
public record CommitmentSites(int year, int number, LocalizedText title, Map<LocalizedText, List<SiteCard>> byCounty,
		SiteMap map, List<IndicatorTally> tallies, OnTimeShare onTime) {

	public boolean isEmpty() {
		return this.byCounty.isEmpty();
	}

	public int count() {
		return this.byCounty.values().stream().mapToInt(List::size).sum();
	}

	public boolean anyDemonstration() {
		return this.byCounty.values().stream().flatMap(List::stream).anyMatch(SiteCard::demonstration);
	}

}
