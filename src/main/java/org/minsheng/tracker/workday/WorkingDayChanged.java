package org.minsheng.tracker.workday;

import java.time.LocalDate;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * An administrator added, changed or removed a day of the working-day calendar (reply
 * deadlines shown in public count on it).
 *
 * @param admin who changed it
 * @param date the day
 * @param before the day as it was, or null
 * @param after the day as it is now, or null when removed
 */
public record WorkingDayChanged(String admin, LocalDate date, String before,
		String after) implements PublicDataChanged {
}
