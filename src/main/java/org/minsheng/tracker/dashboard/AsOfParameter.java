package org.minsheng.tracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.system.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Reads the public pages' {@code asOf=YYYY-MM-DD} parameter; a malformed or future date
 * is a 400 with a message saying so.
 */
@Component
public class AsOfParameter {

	private final Clock clock;

	AsOfParameter(Clock clock) {
		this.clock = clock;
	}

	public AsOf parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return AsOf.latest(this.clock);
		}
		LocalDate day;
		try {
			day = LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("asOf.invalid");
		}
		if (day.isAfter(AsOf.latest(this.clock).today())) {
			throw new BadRequestException("asOf.future");
		}
		return AsOf.endOf(day, this.clock);
	}

}
