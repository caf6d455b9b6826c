package org.minsheng.tracker.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.Departments;
import org.minsheng.tracker.progress.CurrentReports;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.SignedInStaff;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.staff.StaffUsers;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts and departments for tests, with the password {@link #PASSWORD}. Test
 * accounts are named {@code test-…} and removed after each test (audit events stay: they
 * are append-only).
 */
@Component
public class StaffFixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private final StaffUsers users;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Departments departments;

	private final PublicRevision revision;

	private final SignedInStaff signedIn;

	private final CurrentReports current;

	StaffFixtures(StaffUsers users, PasswordEncoder passwords, TransactionTemplate transaction, JdbcTemplate jdbc,
			Departments departments, PublicRevision revision, SignedInStaff signedIn, CurrentReports current) {
		this.current = current;
		this.signedIn = signedIn;
		this.departments = departments;
		this.revision = revision;
		this.users = users;
		this.passwords = passwords;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	/** A test account as services see it signed in ({@code name} without "test-"). */
	public StaffMember member(String name) {
		return this.signedIn.find("test-" + name).orElseThrow();
	}

	public StaffUser user(String name, Role... roles) {
		return user(name, null, roles);
	}

	public StaffUser user(String name, Department department, Role... roles) {
		Set<Role> set = (roles.length == 0) ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
		return this.transaction.execute((status) -> {
			StaffUser user = new StaffUser("test-" + name, "测试 " + name, this.passwords.encode(PASSWORD), set,
					Instant.now());
			if (department != null) {
				user.joinDepartment(department);
			}
			return this.users.save(user);
		});
	}

	public Department department(String code, String nameZh) {
		return this.transaction.execute((status) -> this.departments
			.save(new Department("test-" + code, new LocalizedText(nameZh, "Test department " + code))));
	}

	/** Makes the department lead commitment {@code number} of the {@code year} plan. */
	public Long lead(int year, int number, Department department) {
		return this.transaction.execute((status) -> {
			this.jdbc.update("UPDATE commitment SET lead_department_id = ? WHERE number = ? AND plan_id = "
					+ "(SELECT id FROM plan WHERE plan_year = ?)", department.getId(), number, year);
			return this.jdbc.queryForObject("SELECT i.id FROM indicator i JOIN commitment c ON c.id = i.commitment_id "
					+ "JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ? AND c.number = ? AND i.position = 1",
					Long.class, year, number);
		});
	}

	/**
	 * Removes test accounts with the reports they filed and the sheets they uploaded,
	 * test departments and their lead links.
	 */
	public void removeTestAccounts() {
		this.transaction.executeWithoutResult((status) -> {
			String testUsers = "SELECT id FROM app_user WHERE username LIKE 'test-%'";
			String testDepartments = "SELECT id FROM department WHERE code LIKE 'test-%'";
			String testReports = "SELECT id FROM progress_report WHERE filed_by IN (" + testUsers + ")";
			this.jdbc.update("DELETE FROM import_batch WHERE owner_id IN (" + testUsers + ")");
			this.jdbc.update("DELETE FROM report_county_figure WHERE report_id IN (" + testReports + ")");
			java.util.List<Long> indicators = this.jdbc.queryForList(
					"SELECT DISTINCT indicator_id FROM progress_report WHERE filed_by IN (" + testUsers + ")",
					Long.class);
			this.jdbc.update("DELETE FROM progress_report WHERE filed_by IN (" + testUsers + ")");
			this.current.recompute(indicators);
			this.jdbc.update("UPDATE progress_report SET reviewed_by = NULL WHERE reviewed_by IN (" + testUsers + ")");
			this.jdbc.update("DELETE FROM app_user_role WHERE user_id IN (" + testUsers + ")");
			this.jdbc.update("DELETE FROM app_user_department WHERE user_id IN (" + testUsers + ")");
			this.jdbc.update("DELETE FROM app_user WHERE username LIKE 'test-%'");
			this.jdbc.update("UPDATE commitment SET lead_department_id = NULL WHERE lead_department_id IN ("
					+ testDepartments + ")");
			this.jdbc.update("DELETE FROM department WHERE code LIKE 'test-%'");
			// Failed sign-ins from tests (all from the same address) would throttle later
			// tests.
			this.jdbc.update("DELETE FROM sign_in_throttle");
			this.revision.bump();
		});
	}

}
