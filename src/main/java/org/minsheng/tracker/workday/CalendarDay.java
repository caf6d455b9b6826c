package org.minsheng.tracker.workday;

import java.time.LocalDate;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A day that differs from the Monday-to-Friday week, with its name.
 *
 * @param date the day
 * @param kind a day off or an adjusted working day
 * @param name what it is (春节, 国庆节调休上班)
 */
public record CalendarDay(LocalDate date, DayKind kind, LocalizedText name) {

	public CalendarDay {
		if (date == null || kind == null || name == null) {
			throw new IllegalArgumentException("a calendar day has a date, a kind and a name");
		}
	}

	/** How it is recorded in the audit trail. */
	String describe() {
		return this.date + " " + this.kind + " " + this.name.zh() + " / " + this.name.en();
	}

}
