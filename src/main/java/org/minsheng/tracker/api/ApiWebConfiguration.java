package org.minsheng.tracker.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minsheng.tracker.system.BadRequestException;
import org.minsheng.tracker.system.ControlCharacters;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's own request parameters: {@code limit} becomes a {@link RecentLimit}; an
 * address or parameter with a control character (a NUL byte, say) is refused before any
 * endpoint reads it, as a 400 problem like the API's other refusals.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, RecentLimit.class, RecentLimit::parse);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (ControlCharacters.in(request)) {
					throw new BadRequestException(ControlCharacters.MESSAGE_KEY);
				}
				return true;
			}
		}).addPathPatterns("/api/v1/**");
	}

}
