package org.minsheng.tracker.staff.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.minsheng.tracker.staff.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the staff pages' navigation which roles the signed-in person has, so it offers
 * only what they may open.
 */
@ControllerAdvice
class StaffRolesAdvice {

	@ModelAttribute("staffRoles")
	StaffRoles staffRoles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return StaffRoles.NONE;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
		return new StaffRoles(authorities.contains(Role.EDITOR.authority()),
				authorities.contains(Role.REVIEWER.authority()), authorities.contains(Role.ADMIN.authority()));
	}

}
