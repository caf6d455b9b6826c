package org.minsheng.tracker.dashboard;

import java.util.List;

/**
 * A county's page: every published commitment the data ties to it, newest plan first.
 */
public record CountyPage(CountyRef county, List<CountyEntry> entries, List<CountyRef> allCounties) {
}
