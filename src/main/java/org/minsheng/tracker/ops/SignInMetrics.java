package org.minsheng.tracker.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed staff sign-ins ({@code portal_signin_failures_total}) so that a password
 * attack shows on the operators' dashboard.
 */
@Component
class SignInMetrics {

	private final Counter failures;

	SignInMetrics(MeterRegistry meters) {
		this.failures = Counter.builder("portal.signin.failures")
			.description("Failed staff sign-ins, any reason")
			.register(meters);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		this.failures.increment();
	}

}
