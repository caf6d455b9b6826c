package org.minsheng.tracker.staff;

import java.time.Clock;
import java.util.Locale;

import org.minsheng.tracker.audit.AuditAction;
import org.minsheng.tracker.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in (the count lives in the database, so every instance shares it) and
 * records every attempt in the audit trail.
 */
@Component
class SignInListener {

	private final StaffUsers users;

	private final AuditTrail audit;

	private final Clock clock;

	SignInListener(StaffUsers users, AuditTrail audit, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.users.findByUsername(username).ifPresent(StaffUser::recordSuccessfulSignIn);
		this.audit.record(username, AuditAction.SIGN_IN, "app_user", null, null, null, null);
	}

	@EventListener
	@Transactional
	public void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase(Locale.ROOT);
		boolean locked = this.users.findByUsername(username)
			.map((user) -> user.recordFailedSignIn(this.clock.instant(), SignInPolicy.DEFAULT))
			.orElse(false);
		this.audit.record(username, locked ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED, "app_user", null,
				null, null, null);
	}

	@EventListener
	@Transactional
	public void signedOut(LogoutSuccessEvent event) {
		this.audit.record(event.getAuthentication().getName(), AuditAction.SIGN_OUT, "app_user", null, null, null,
				null);
	}

	@EventListener
	@Transactional
	public void lockedOut(AuthenticationFailureLockedEvent event) {
		this.audit.record(String.valueOf(event.getAuthentication().getName()), AuditAction.SIGN_IN_FAILED, "app_user",
				null, null, null, "locked");
	}

}
