package org.minsheng.tracker.staff;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff accounts for Spring Security; a locked account is reported as such.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUsers users;

	private final Clock clock;

	StaffUserDetailsService(StaffUsers users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalized = (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
		StaffUser user = this.users.findByUsername(normalized)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled())
			.accountLocked(user.isLockedAt(this.clock.instant()))
			.authorities(user.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())
			.build();
	}

}
