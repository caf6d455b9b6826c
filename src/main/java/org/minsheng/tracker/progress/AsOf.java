package org.minsheng.tracker.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Which public figures to show: the latest, or exactly those the public could see at the
 * end of a past day (by approval time, not by the report's own date), so a figure cited
 * on a date can be checked later. A later correction never changes what an earlier day
 * showed.
 *
 * @param day the day asked for, or null for the latest figures
 * @param cutoff reports approved before this instant count
 * @param today the day statuses are judged on (the share of the year elapsed)
 */
public record AsOf(LocalDate day, Instant cutoff, LocalDate today) {

	/** Later than any approval: the latest figures. */
	public static final Instant NO_CUTOFF = Instant.parse("9999-12-31T00:00:00Z");

	public static AsOf latest(Clock clock) {
		return new AsOf(null, NO_CUTOFF, LocalDate.now(clock));
	}

	/** The end of a past or present day in the city; a future day is refused. */
	public static AsOf endOf(LocalDate day, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		if (day.isAfter(today)) {
			throw new IllegalArgumentException("no figures are known for a future day");
		}
		return new AsOf(day, day.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), day);
	}

	public boolean isLatest() {
		return this.day == null;
	}

}
