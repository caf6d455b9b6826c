package org.minsheng.tracker.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.Departments;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.staff.StaffUsers;
import org.minsheng.tracker.system.LocalizedText;
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

	StaffFixtures(StaffUsers users, PasswordEncoder passwords, TransactionTemplate transaction, JdbcTemplate jdbc,
			Departments departments) {
		this.departments = departments;
		this.users = users;
		this.passwords = passwords;
		this.transaction = transaction;
		this.jdbc = jdbc;
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

	/** Removes test accounts, test departments and the lead-department links to them. */
	public void removeTestAccounts() {
		this.transaction.executeWithoutResult((status) -> {
			String testUsers = "SELECT id FROM app_user WHERE username LIKE 'test-%'";
			String testDepartments = "SELECT id FROM department WHERE code LIKE 'test-%'";
			this.jdbc.update("UPDATE progress_report SET filed_by = NULL, reviewed_by = NULL WHERE filed_by IN ("
					+ testUsers + ") OR reviewed_by IN (" + testUsers + ")");
			this.jdbc.update("DELETE FROM app_user_role WHERE user_id IN (" + testUsers + ")");
			this.jdbc.update("DELETE FROM app_user_department WHERE user_id IN (" + testUsers + ")");
			this.jdbc.update("DELETE FROM app_user WHERE username LIKE 'test-%'");
			this.jdbc.update("UPDATE commitment SET lead_department_id = NULL WHERE lead_department_id IN ("
					+ testDepartments + ")");
			this.jdbc.update("DELETE FROM department WHERE code LIKE 'test-%'");
		});
	}

}
