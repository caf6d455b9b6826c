package org.minsheng.tracker.reporting;

import java.time.LocalDate;

/**
 * How fresh a commitment's public figures are on a day: when they were last updated, when
 * the next report is due, and whether they are stale (a period whose due day has passed
 * has no approved figure).
 *
 * @param lastUpdated the day of the latest approval; null when none is public yet
 * @param daysSinceUpdate days from that approval to the day asked about
 * @param nextDue the next due day still to be met; null when every period is answered
 * @param stale whether a due day has passed without an approved figure
 * @param overdueSince the first due day missed; null when not stale
 */
public record Freshness(LocalDate lastUpdated, long daysSinceUpdate, LocalDate nextDue, boolean stale,
		LocalDate overdueSince) {

	/** A commitment the calendar does not follow (an older plan). */
	public static final Freshness UNKNOWN = new Freshness(null, 0, null, false, null);

	public boolean isUpdated() {
		return this.lastUpdated != null;
	}

}
