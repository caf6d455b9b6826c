package org.minsheng.tracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.system.BadRequestException;
import org.springframework.core.convert.converter.Converter;

/**
 * Reads the public pages' {@code asOf=YYYY-MM-DD} parameter into an {@link AsOf}; blank
 * (declare {@code @RequestParam(name = "asOf", defaultValue = "")}) means the latest
 * figures. A malformed or future date is a 400 with a message saying so.
 */
class AsOfConverter implements Converter<String, AsOf> {

	private final Clock clock;

	AsOfConverter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public AsOf convert(String typed) {
		if (typed.isBlank()) {
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
