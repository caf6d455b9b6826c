package org.minsheng.tracker.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The city's clock, in the city's zone. Every "today" in the domain (share of the year
 * elapsed, behind schedule, the end of an as-of day) is read from this bean and its zone,
 * so tests can fix the date; code without the bean (formatting a stored instant) uses
 * {@link #CITY_ZONE}, the same zone.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** The city's time zone (China Standard Time); the clock bean carries it. */
	public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(CITY_ZONE);
	}

}
