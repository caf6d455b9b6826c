package org.minsheng.tracker.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * How many working days a report has waited for review: the days after its submission up
 * to and including today that are working days.
 */
@Component
class ReviewWaits {

	/** Working days from the day after {@code from} to {@code to}, both in the city. */
	long workingDaysBetween(LocalDate from, LocalDate to) {
		long days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

	boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
