package org.minsheng.tracker.dashboard;

import java.util.List;

/**
 * A county's page: the commitments of one published year that the data ties to it.
 *
 * @param year the year shown, or null when no plan is published
 * @param years every published year, newest first, for links to the others
 */
public record CountyPage(CountyRef county, Integer year, List<Integer> years, List<CountyEntry> entries,
		List<CountyRef> allCounties) {
}
