package org.minsheng.tracker.voice.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The suggestion pages' own request values: the supporter cookie becomes a
 * {@link SupporterToken}.
 */
@Configuration(proxyBeanMethods = false)
class VoiceWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, SupporterToken.class, SupporterToken::parse);
	}

}
