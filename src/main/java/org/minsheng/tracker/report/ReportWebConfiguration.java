package org.minsheng.tracker.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reporters' pages' own parameters: {@code years} becomes a {@link YearList}.
 */
@Configuration(proxyBeanMethods = false)
class ReportWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, YearList.class, YearList::parse);
	}

}
