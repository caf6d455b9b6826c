package org.minsheng.tracker.staff;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lookup of a signed-in account: its {@link StaffMember} while it exists and is
 * enabled, nothing otherwise.
 */
@Service
public class SignedInStaff {

	private final StaffUsers users;

	SignedInStaff(StaffUsers users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public Optional<StaffMember> find(String username) {
		return this.users.findByUsername(username).filter(StaffUser::isEnabled).map(StaffMember::of);
	}

}
