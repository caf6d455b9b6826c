package org.minsheng.tracker.staff;

import java.util.Objects;

import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Staff change their own password: the current one is required, the new one must follow
 * {@link PasswordPolicy}; the change is audited (never the password) and the person's
 * other signed-in sessions end. Until someone who was given a password (generated, reset
 * or set by an administrator) chooses their own, every staff page leads here.
 */
@Service
public class PasswordChange {

	private final StaffUsers users;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final SignedInSessions sessions;

	PasswordChange(StaffUsers users, PasswordEncoder passwords, ApplicationEventPublisher events,
			SignedInSessions sessions) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.sessions = sessions;
	}

	/** What {@link #change} would refuse, into the form's errors. */
	@Transactional(readOnly = true)
	public void check(String username, PasswordForm form, Errors errors) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		check(find(username), form, problems);
		problems.reportTo(errors);
	}

	/**
	 * Sets the new password and ends every other session of the account once committed;
	 * the session {@code keepSessionId} (the one making the change) stays signed in.
	 */
	@Transactional
	public void change(String username, PasswordForm form, String keepSessionId) {
		StaffUser user = find(username);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		check(user, form, problems);
		problems.throwIfAny();
		user.choosePasswordHash(this.passwords.encode(form.getPassword()));
		this.events.publishEvent(new AccountChanged(user.getId(), AccountChanged.Change.PASSWORD_CHANGED,
				"password=previous", "password=chosen by the owner", username));
		this.sessions.endOthersAfterCommit(username, keepSessionId);
	}

	private void check(StaffUser user, PasswordForm form, InvalidInputException.Collector problems) {
		if (form.getCurrent() == null || !this.passwords.matches(form.getCurrent(), user.getPasswordHash())) {
			problems.add("current", "staff.password.error.current");
		}
		PasswordPolicy.check(form.getPassword(), user.getUsername(), "password", problems);
		if (!Objects.equals(form.getPassword(), form.getRepeat())) {
			problems.add("repeat", "staff.password.error.repeat");
		}
		else if (form.getPassword() != null && form.getPassword().equals(form.getCurrent())) {
			problems.add("password", "staff.password.error.same");
		}
	}

	private StaffUser find(String username) {
		return this.users.findByUsername(username).orElseThrow(() -> new NotFoundException("notFound.page"));
	}

}
