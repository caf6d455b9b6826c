package org.minsheng.tracker.staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.system.FormText;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What administrators do with staff accounts: create them, change their roles and
 * departments, disable and enable them, and reset passwords. Passwords are stored only as
 * hashes; every change is audited with the account's state before and after (never the
 * password). A password given by an administrator (set, generated or reset) serves one
 * sign-in: the person must then choose their own. Nobody can disable or demote themself.
 */
@Service
public class AccountAdministration {

	private final StaffUsers users;

	private final PlanCatalog plans;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final SignedInSessions sessions;

	private final Clock clock;

	AccountAdministration(StaffUsers users, PlanCatalog plans, PasswordEncoder passwords,
			ApplicationEventPublisher events, SignedInSessions sessions, Clock clock) {
		this.users = users;
		this.plans = plans;
		this.passwords = passwords;
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffUser> users() {
		return this.users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public StaffUser user(Long id) {
		return find(id);
	}

	@Transactional(readOnly = true)
	public List<Department> departments() {
		return this.plans.departments();
	}

	/** What {@link #create} would refuse, into the form's errors. */
	@Transactional(readOnly = true)
	public void check(NewAccountForm form, Errors errors) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		checkNew(form, problems);
		roles(form, problems);
		departments(form, problems);
		problems.reportTo(errors);
	}

	private void checkNew(NewAccountForm form, InvalidInputException.Collector problems) {
		String username = username(form);
		if (!username.matches("[a-z0-9._-]{3,60}")) {
			problems.add("username", "admin.user.error.username");
		}
		else if (this.users.findByUsername(username).isPresent()) {
			problems.add("username", "admin.user.error.usernameTaken", username);
		}
		String displayName = FormText.clean(form.getDisplayName());
		if (displayName == null || displayName.length() > 100) {
			problems.add("displayName", "admin.user.error.displayName");
		}
		if (!form.isGeneratePassword()) {
			PasswordPolicy.check(form.getPassword(), username, "password", problems);
		}
	}

	private static String username(NewAccountForm form) {
		return (form.getUsername() == null) ? "" : form.getUsername().strip().toLowerCase(Locale.ROOT);
	}

	/** Creates an account; the password is the generated one when asked for. */
	@Transactional
	public NewAccount create(NewAccountForm form, String actor) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		checkNew(form, problems);
		Set<Role> roles = roles(form, problems);
		Set<Department> chosen = departments(form, problems);
		problems.throwIfAny();
		String username = username(form);
		String displayName = FormText.clean(form.getDisplayName());
		String password = form.isGeneratePassword() ? GeneratedPassword.next() : form.getPassword();
		String hash = this.passwords.encode(password);
		StaffUser user = new StaffUser(username, displayName, hash, roles, this.clock.instant());
		// The administrator knows this password: the person chooses their own at first
		// sign-in.
		user.assignPasswordHash(hash);
		chosen.forEach(user::joinDepartment);
		this.users.save(user);
		this.events.publishEvent(new AccountCreated(
				user.getId(), username, user.describeAccess(), form.isGeneratePassword()
						? AccountCreated.PasswordSource.GENERATED : AccountCreated.PasswordSource.SET_BY_ADMINISTRATOR,
				actor));
		return new NewAccount(user, form.isGeneratePassword() ? password : null);
	}

	/** What {@link #changeAccess} would refuse, into the form's errors. */
	@Transactional(readOnly = true)
	public void check(Long id, AccessForm form, String actor, Errors errors) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		checkAccess(find(id), form, actor, problems);
		problems.reportTo(errors);
	}

	private void checkAccess(StaffUser user, AccessForm form, String actor, InvalidInputException.Collector problems) {
		Set<Role> roles = roles(form, problems);
		departments(form, problems);
		if (isSelf(user, actor) && !roles.contains(Role.ADMIN)) {
			problems.add("roles", "admin.user.error.selfDemote");
		}
	}

	/** Gives an account exactly the roles and departments of the form. */
	@Transactional
	public void changeAccess(Long id, AccessForm form, String actor) {
		StaffUser user = find(id);
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		checkAccess(user, form, actor, problems);
		problems.throwIfAny();
		Set<Role> roles = roles(form, problems);
		Set<Department> chosen = departments(form, problems);
		String before = user.describeAccess();
		boolean rolesChanged = !roles.equals(user.getRoles());
		user.changeAccess(roles, chosen);
		this.events
			.publishEvent(new AccountChanged(id, AccountChanged.Change.ACCESS, before, user.describeAccess(), actor));
		if (rolesChanged && !isSelf(user, actor)) {
			this.sessions.endAfterCommit(user.getUsername());
		}
	}

	@Transactional
	public void disable(Long id, String actor) {
		StaffUser user = find(id);
		if (isSelf(user, actor)) {
			throw InvalidInputException.of("enabled", "admin.user.error.selfDisable");
		}
		String before = user.describeAccess();
		user.disable();
		this.events
			.publishEvent(new AccountChanged(id, AccountChanged.Change.DISABLED, before, user.describeAccess(), actor));
		this.sessions.endAfterCommit(user.getUsername());
	}

	@Transactional
	public void enable(Long id, String actor) {
		StaffUser user = find(id);
		String before = user.describeAccess();
		user.enable();
		this.events
			.publishEvent(new AccountChanged(id, AccountChanged.Change.ENABLED, before, user.describeAccess(), actor));
	}

	/** Gives the account a new generated password, returned to be shown once. */
	@Transactional
	public String resetPassword(Long id, String actor) {
		StaffUser user = find(id);
		String password = GeneratedPassword.next();
		user.assignPasswordHash(this.passwords.encode(password));
		this.events.publishEvent(new AccountChanged(id, AccountChanged.Change.PASSWORD_RESET, "password=previous",
				"password=generated, shown once", actor));
		if (!isSelf(user, actor)) {
			this.sessions.endAfterCommit(user.getUsername());
		}
		return password;
	}

	private StaffUser find(Long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("notFound.page"));
	}

	private static boolean isSelf(StaffUser user, String actor) {
		return user.getUsername().equals(actor);
	}

	private static Set<Role> roles(AccessForm form, InvalidInputException.Collector problems) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : form.getRoles()) {
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				problems.add("roles", "admin.user.error.roles");
				return roles;
			}
		}
		if (roles.isEmpty()) {
			problems.add("roles", "admin.user.error.roles");
		}
		return roles;
	}

	private Set<Department> departments(AccessForm form, InvalidInputException.Collector problems) {
		Set<Department> chosen = new HashSet<>();
		for (Long id : form.getDepartmentIds()) {
			Department department = (id != null) ? this.plans.department(id).orElse(null) : null;
			if (department == null) {
				problems.add("departmentIds", "admin.error.department");
				break;
			}
			chosen.add(department);
		}
		return chosen;
	}

	/**
	 * A created account, and its generated password when one was asked for (else null).
	 */
	public record NewAccount(StaffUser user, String generatedPassword) {

		@Override
		public String toString() {
			return "NewAccount[" + this.user.getUsername() + "]";
		}

	}

}
