package org.minsheng.tracker.staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's own email address for reminders: set, changed or removed by its owner,
 * audited without the address itself.
 */
@Service
public class ReminderAddress {

	private final StaffUsers users;

	private final ApplicationEventPublisher events;

	ReminderAddress(StaffUsers users, ApplicationEventPublisher events) {
		this.users = users;
		this.events = events;
	}

	/** Their address now; null when none is set. */
	@Transactional(readOnly = true)
	public String of(StaffMember member) {
		return this.users.findById(member.id()).map(StaffUser::getEmail).orElse(null);
	}

	/**
	 * Sets (blank: removes) their address; false, changing nothing, when it is not an
	 * email address.
	 */
	@Transactional
	public boolean change(StaffMember member, String email) {
		String address = (email == null) ? "" : email.strip();
		if (!address.isEmpty() && !StaffUser.isEmailAddress(address)) {
			return false;
		}
		StaffUser user = this.users.findById(member.id()).orElseThrow();
		String before = (user.getEmail() != null) ? "email=set" : "email=none";
		user.changeEmail(address);
		this.events.publishEvent(new AccountChanged(user.getId(), AccountChanged.Change.EMAIL_CHANGED, before,
				(user.getEmail() != null) ? "email=set" : "email=none", member.username()));
		return true;
	}

}
