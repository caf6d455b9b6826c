package org.minsheng.tracker.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.minsheng.tracker.plan.Department;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff feature offers the others: the account behind a staff member the web
 * edge resolved ({@link SignedInStaff} is the one lookup of a signed-in name).
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final StaffUsers users;

	StaffDirectory(StaffUsers users) {
		this.users = users;
	}

	/**
	 * The account of a staff member the web edge has resolved for this request (no query:
	 * a reference to record who decided).
	 */
	public StaffUser account(StaffMember member) {
		return this.users.getReferenceById(member.id());
	}

	/**
	 * The enabled accounts with this role and an email address, with their departments'
	 * ids: who reminders go to.
	 */
	public List<Recipient> reachable(Role role) {
		return this.users.findReachableWithRole(role)
			.stream()
			.map((u) -> new Recipient(u.getId(), u.getDisplayName(), u.getEmail(),
					u.getDepartments().stream().map(Department::getId).collect(Collectors.toUnmodifiableSet())))
			.toList();
	}

	/**
	 * A staff member reminders can reach.
	 *
	 * @param id the account
	 * @param displayName the name shown to people
	 * @param email their address
	 * @param departmentIds the departments they belong to
	 */
	public record Recipient(Long id, String displayName, String email, Set<Long> departmentIds) {
	}

	/**
	 * The names shown for these accounts, by id, in one query (accounts since removed are
	 * left out).
	 */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName));
	}

}
