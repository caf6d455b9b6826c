package org.minsheng.tracker.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What Spring Security observes. Every request is already timed once
 * ({@code http.server.requests}, per page); observing each of the security chain's
 * filters and each authorization on every request as well cost about a twentieth of a
 * rendered page's CPU (docs/performance.md) and told the operators nothing more. Sign-ins
 * stay observed ({@code spring.security.authentications}) beside {@link SignInMetrics}.
 */
@Configuration(proxyBeanMethods = false)
class ObservationSettings {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

}
