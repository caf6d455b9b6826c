package org.minsheng.tracker.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The staff sign-in: refuses an attempt without checking the password while its account
 * name or client address must wait ({@link SignInThrottles}), else checks the password.
 * The client address is the request's remote address (forwarded headers count only from
 * the configured proxies).
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottles throttles;

	ThrottledSignIn(StaffUsers users, PasswordEncoder encoder, SignInThrottles throttles) {
		this.passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(users));
		this.passwords.setPasswordEncoder(encoder);
		this.throttles = throttles;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttles.refusedUntil(authentication.getName(), address) != null) {
			this.throttles.refused(authentication.getName());
			throw new SignInThrottledException();
		}
		return this.passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
