package org.minsheng.tracker.staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in failures ({@link SignInThrottles}: in the database, so every instance
 * shares them, each in one atomic update) and announces every attempt
 * ({@link SignInActivity}), which the audit trail records. A disabled account's attempt
 * counts as a wrong password, so it is throttled like any other name.
 */
@Component
class SignInListener {

	private final SignInThrottles throttles;

	private final ApplicationEventPublisher events;

	SignInListener(SignInThrottles throttles, ApplicationEventPublisher events) {
		this.throttles = throttles;
		this.events = events;
	}

	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		this.throttles.signedIn(event.getAuthentication().getName());
	}

	@EventListener
	public void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		failed(event);
	}

	@EventListener
	public void disabled(AuthenticationFailureDisabledEvent event) {
		failed(event);
	}

	private void failed(AbstractAuthenticationFailureEvent event) {
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.throttles.wrongPassword(String.valueOf(event.getAuthentication().getName()), address);
	}

	@EventListener
	@Transactional
	public void signedOut(LogoutSuccessEvent event) {
		this.events
			.publishEvent(new SignInActivity(event.getAuthentication().getName(), SignInActivity.Kind.SIGNED_OUT));
	}

}
