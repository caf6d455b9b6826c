package org.minsheng.tracker.staff;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in (the count lives in the database, so every instance shares it) and
 * announces every attempt ({@link SignInActivity}), which the audit trail records.
 */
@Component
class SignInListener {

	private final StaffUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInListener(StaffUsers users, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.users.findByUsername(username).ifPresent(StaffUser::recordSuccessfulSignIn);
		this.events.publishEvent(new SignInActivity(username, SignInActivity.Kind.SIGNED_IN));
	}

	@EventListener
	@Transactional
	public void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase(Locale.ROOT);
		boolean locked = this.users.findByUsername(username)
			.map((user) -> user.recordFailedSignIn(this.clock.instant(), SignInPolicy.DEFAULT))
			.orElse(false);
		this.events.publishEvent(
				new SignInActivity(username, locked ? SignInActivity.Kind.LOCKED : SignInActivity.Kind.WRONG_PASSWORD));
	}

	@EventListener
	@Transactional
	public void signedOut(LogoutSuccessEvent event) {
		this.events
			.publishEvent(new SignInActivity(event.getAuthentication().getName(), SignInActivity.Kind.SIGNED_OUT));
	}

	@EventListener
	@Transactional
	public void lockedOut(AuthenticationFailureLockedEvent event) {
		this.events.publishEvent(new SignInActivity(String.valueOf(event.getAuthentication().getName()),
				SignInActivity.Kind.REFUSED_WHILE_LOCKED));
	}

}
