package org.minsheng.tracker.support;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.minsheng.tracker.system.ClockConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The city's clock stopped at 10:00 on Wednesday 3 December 2025, for the reporting
 * calendar's tests: with the 2025 plan reporting from October, October's report (due 5
 * November) is 28 days overdue and November's is due in two days. Registered explicitly
 * ({@code @Import} or as a source): it is deliberately not a component, so no other
 * context picks it up.
 */
public class CityClockOnDecember3 {

	public static final Instant NOW = OffsetDateTime.parse("2025-12-03T10:00:00+08:00").toInstant();

	@Bean
	@Primary
	Clock decemberThird() {
		return Clock.fixed(NOW, ClockConfiguration.CITY_ZONE);
	}

}
