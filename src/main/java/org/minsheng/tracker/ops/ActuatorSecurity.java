package org.minsheng.tracker.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.minsheng.tracker.system.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * {@code /actuator/**} on the application's port: the liveness and readiness probes are
 * open (the load balancer asks them); the Prometheus metrics need the scraper's bearer
 * token ({@code PORTAL_METRICS_TOKEN}); everything else is refused. No session, no CSRF
 * token, no cookie.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain actuator(HttpSecurity http, PortalProperties settings) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(scraper(settings.metrics()))
				.anyRequest()
				.denyAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.requireExplicitSave(true))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> scraper(PortalProperties.Metrics metrics) {
		byte[] expected = ("Bearer " + metrics.token()).getBytes(StandardCharsets.UTF_8);
		return (authentication, context) -> {
			String given = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
			boolean granted = metrics.hasToken() && given != null
					&& MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
			return new AuthorizationDecision(granted);
		};
	}

}
