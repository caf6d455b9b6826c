package org.minsheng.tracker.dashboard;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters of the public pages: {@code asOf} becomes an
 * {@link org.minsheng.tracker.progress.AsOf} for every controller that declares one.
 */
@Configuration(proxyBeanMethods = false)
class DashboardWebConfiguration implements WebMvcConfigurer {

	private final Clock clock;

	DashboardWebConfiguration(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new AsOfConverter(this.clock));
	}

}
