package org.minsheng.tracker.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The city's clock. Every "today" in the domain (share of the year elapsed, behind
 * schedule) is read from this bean, so tests can fix the date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(CITY_ZONE);
	}

}
