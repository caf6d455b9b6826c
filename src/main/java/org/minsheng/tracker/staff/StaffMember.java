package org.minsheng.tracker.staff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.system.LocalizedText;

/**
 * The signed-in member of staff as controllers and services see them: an enabled account
 * with its roles and departments, read once per request. Controllers receive it as a
 * handler argument; a session whose account was disabled or deleted meanwhile gets a 403.
 *
 * @param id the account's id
 * @param username the name they sign in with (the audit trail's actor)
 * @param displayName the name shown to people
 * @param roles what they may do
 * @param departments the departments they belong to, by code
 * @param mustChangePassword whether they signed in with a password someone else gave them
 * and must choose their own before anything else
 * @param failuresSinceLastSignIn failed sign-ins for their account between their previous
 * sign-in and this one
 */
public record StaffMember(Long id, String username, String displayName, Set<Role> roles, List<Membership> departments,
		boolean mustChangePassword, int failuresSinceLastSignIn) {

	public StaffMember {
		roles = roles.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
				: Collections.unmodifiableSet(EnumSet.copyOf(roles));
		departments = List.copyOf(departments);
	}

	static StaffMember of(StaffUser user) {
		return new StaffMember(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
				user.getDepartments()
					.stream()
					.map((d) -> new Membership(d.getId(), d.getCode(), d.getName()))
					.sorted((a, b) -> a.code().compareTo(b.code()))
					.toList(),
				user.isMustChangePassword(), user.getFailuresToTell());
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/** The ids of their departments. */
	public List<Long> departmentIds() {
		return this.departments.stream().map(Membership::id).toList();
	}

	/** Whether they belong to this department (never to none). */
	public boolean belongsTo(Department department) {
		return department != null && this.departments.stream().anyMatch((d) -> d.id().equals(department.getId()));
	}

	/** A department they belong to. */
	public record Membership(Long id, String code, LocalizedText name) {
	}

}
