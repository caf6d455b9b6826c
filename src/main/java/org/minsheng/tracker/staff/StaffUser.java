package org.minsheng.tracker.staff;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.minsheng.tracker.plan.Department;

/**
 * A member of city staff who signs in to the workspace.
 */
@Entity
@Table(name = "app_user")
public class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	/**
	 * Failed sign-ins between the previous sign-in and the current one. Failures are
	 * counted ({@code failed_attempts}) only by single SQL updates in
	 * {@link SignInThrottles}, never through this versioned entity.
	 */
	@Column(name = "failures_to_tell", insertable = false, updatable = false)
	private int failuresToTell;

	/** Until a new password is chosen, every staff page leads to the change page. */
	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "created_at")
	private Instant createdAt;

	/** Where reminders go; null: none are sent. Never shown publicly. */
	private String email;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "app_user_department", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	private Set<Department> departments = new HashSet<>();

	@Version
	private long version;

	protected StaffUser() {
	}

	public StaffUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
		if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
			throw new IllegalArgumentException("usernames are 3–60 lower-case letters, digits, dots, dashes");
		}
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = true;
		this.createdAt = now;
	}

	public void joinDepartment(Department department) {
		this.departments.add(department);
	}

	/** Gives the account exactly these roles and departments. */
	public void changeAccess(Set<Role> roles, Set<Department> departments) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("an account needs at least one role");
		}
		this.roles = EnumSet.copyOf(roles);
		this.departments = new HashSet<>(departments);
	}

	/** A disabled account cannot sign in. */
	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/**
	 * Replaces the password (given as a hash, never as typed) with one that someone else
	 * knows (generated, reset or set by an administrator): the person must choose their
	 * own at their next sign-in.
	 */
	public void assignPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
	}

	/** Replaces the password with one the person chose themself. */
	public void choosePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	/**
	 * What the audit trail records of the account: roles, departments and whether it is
	 * enabled; never the password.
	 */
	public String describeAccess() {
		return "roles=" + new TreeSet<>(this.roles.stream().map(Role::name).toList()) + " departments="
				+ new TreeSet<>(this.departments.stream().map(Department::getCode).toList()) + " enabled="
				+ this.enabled;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean belongsTo(Department department) {
		return department != null && this.departments.stream().anyMatch((d) -> d.getId().equals(department.getId()));
	}

	/**
	 * Sets (or, with null or blank, removes) the address reminders go to: trimmed, at
	 * most 254 characters, one {@code @}, no spaces.
	 */
	public void changeEmail(String email) {
		String address = (email == null) ? "" : email.strip();
		if (address.isEmpty()) {
			this.email = null;
			return;
		}
		if (!isEmailAddress(address)) {
			throw new IllegalArgumentException("not an email address");
		}
		this.email = address;
	}

	/** Whether a text is a plausible email address (the one rule for staff addresses). */
	public static boolean isEmailAddress(String text) {
		return text != null && text.length() <= 254 && text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	public String getEmail() {
		return this.email;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public int getFailuresToTell() {
		return this.failuresToTell;
	}

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(this.roles);
	}

	public Set<Department> getDepartments() {
		return Collections.unmodifiableSet(this.departments);
	}

}
