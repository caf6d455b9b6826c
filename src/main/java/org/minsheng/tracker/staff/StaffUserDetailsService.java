package org.minsheng.tracker.staff;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads staff accounts for {@link ThrottledSignIn}, which checks the password. Not a
 * bean: Spring Security would otherwise warn that it does not use it.
 */
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUsers users;

	StaffUserDetailsService(StaffUsers users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String normalized = SignInThrottles.normalize(username);
		StaffUser user = this.users.findByUsername(normalized)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled())
			.authorities(user.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())
			.build();
	}

}
