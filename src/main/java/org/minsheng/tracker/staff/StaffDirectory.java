package org.minsheng.tracker.staff;

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

}
