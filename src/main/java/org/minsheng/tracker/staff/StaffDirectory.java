package org.minsheng.tracker.staff;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff feature offers the others: the account behind a signed-in name.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final StaffUsers users;

	StaffDirectory(StaffUsers users) {
		this.users = users;
	}

	public Optional<StaffUser> find(String username) {
		return this.users.findByUsername(username);
	}

	/**
	 * The account of a staff member the web edge has resolved for this request (no query:
	 * a reference to record who decided).
	 */
	public StaffUser account(StaffMember member) {
		return this.users.getReferenceById(member.id());
	}

	/** The signed-in account; a name without one is refused (403). */
	public StaffUser signedIn(String username) {
		return find(username).orElseThrow(() -> new AccessDeniedException("no account"));
	}

}
