package org.minsheng.tracker.staff;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates accounts, changes roles and departments, disables, enables and
 * resets passwords, over real HTTP with sign-in and CSRF: bad input is explained and
 * creates nothing, nobody disables or demotes themself, and every change is audited
 * without the password.
 */
class AccountAdministrationWebTest extends PortalIntegrationTest {

	private static final String NEW_PASSWORD = "a long enough passphrase";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwords;

	private Department housing;

	private StaffClient admin;

	@BeforeEach
	void anAdministrator() {
		this.housing = this.staff.department("housing", "市住建局");
		this.staff.user("admin", Role.ADMIN);
		this.admin = new StaffClient(this.port);
		this.admin.signIn("test-admin", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private HttpResponse<String> create(Map<String, String> values) {
		Document form = this.admin.page("/staff/admin/users/new");
		return this.admin.submit(form, "form.user-form", values);
	}

	private Map<String, String> newEditor(String username) {
		Map<String, String> values = new HashMap<>();
		values.put("username", username);
		values.put("displayName", "王芳");
		values.put("password", NEW_PASSWORD);
		values.put("roles", "EDITOR");
		values.put("departmentIds", String.valueOf(this.housing.getId()));
		return values;
	}

	private long testAccounts() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username LIKE 'test-%'", Long.class);
	}

	private Long idOf(String username) {
		return this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
	}

	private boolean canSignIn(String username, String password) {
		StaffClient client = new StaffClient(this.port);
		HttpResponse<String> response = client.signIn(username, password);
		return response.headers().firstValue("Location").orElseThrow().endsWith("/staff");
	}

	private Map<String, Object> lastAdminChange(Long userId) {
		return this.jdbc.queryForMap("SELECT actor, action, before_state, after_state, detail FROM audit_event "
				+ "WHERE subject_type = 'app_user' AND subject_id = ? ORDER BY id DESC LIMIT 1", userId);
	}

	@Test
	void anAccountCreatedByTheAdministratorSignsInWithItsRolesAndDepartments() {
		HttpResponse<String> created = create(newEditor("Test-Wangfang"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(this.admin.page("/staff/admin/users").selectFirst(".notice").text()).isEqualTo("账户已创建。");

		Long id = idOf("test-wangfang");
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(NEW_PASSWORD);
		assertThat(this.passwords.matches(NEW_PASSWORD, hash)).isTrue();
		assertThat(this.jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?", String.class, id))
			.containsExactly("EDITOR");
		assertThat(this.jdbc.queryForObject("SELECT department_id FROM app_user_department WHERE user_id = ?",
				Long.class, id))
			.isEqualTo(this.housing.getId());

		Map<String, Object> audit = lastAdminChange(id);
		assertThat(audit.get("actor")).isEqualTo("test-admin");
		assertThat(audit.get("action")).isEqualTo("ACCOUNT_CREATED");
		assertThat(audit.get("before_state")).isNull();
		assertThat((String) audit.get("after_state")).contains("username=test-wangfang", "roles=[EDITOR]",
				"departments=[test-housing]", "enabled=true");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE before_state LIKE ? "
						+ "OR after_state LIKE ? OR detail LIKE ?",
				Long.class, "%" + NEW_PASSWORD + "%", "%" + NEW_PASSWORD + "%", "%" + NEW_PASSWORD + "%"))
			.isZero();

		StaffClient newcomer = new StaffClient(this.port);
		assertThat(newcomer.signIn("test-wangfang", NEW_PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/staff");
		// The administrator knows this password: the newcomer must choose their own
		// first.
		assertThat(newcomer.get("/staff").headers().firstValue("Location").orElseThrow()).endsWith("/staff/password");
		assertThat(newcomer
			.submit(newcomer.page("/staff/password"), "main form", Map.of("current", NEW_PASSWORD, "password",
					"only wangfang knows this", "repeat", "only wangfang knows this"))
			.statusCode()).isEqualTo(302);
		Document home = newcomer.page("/staff");
		assertThat(home.selectFirst(".whoami").text()).contains("王芳", "test-wangfang");
		assertThat(home.select(".facts dd").eachText()).contains("填报人员", "市住建局");
		assertThat(newcomer.get("/staff/reports").statusCode()).isEqualTo(200);
		assertThat(newcomer.get("/staff/admin/users").statusCode()).isEqualTo(403);
	}

	@Test
	void aGeneratedPasswordIsShownOnceAndWorks() {
		Map<String, String> values = newEditor("test-generated");
		values.remove("password");
		values.put("generatePassword", "true");
		HttpResponse<String> shown = create(values);
		assertThat(shown.statusCode()).isEqualTo(200);
		String password = Jsoup.parse(shown.body()).selectFirst("code.one-time-password").text();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(canSignIn("test-generated", password)).isTrue();
		assertThat(this.admin.get("/staff/admin/users").body()).doesNotContain(password);
		assertThat(this.admin.get("/staff/admin/users/" + idOf("test-generated")).body()).doesNotContain(password);
	}

	@Test
	void badInputIsExplainedFieldByFieldKeptAsTypedAndCreatesNothing() {
		long before = testAccounts();

		Map<String, String> shortPassword = newEditor("test-short");
		shortPassword.put("password", "too short");
		Document page = Jsoup.parse(create(shortPassword).body());
		assertThat(page.selectFirst("#password-error").text()).startsWith("密码至少需要12个字符");
		assertThat(page.selectFirst("#username").val()).isEqualTo("test-short");
		assertThat(page.selectFirst("#displayName").val()).isEqualTo("王芳");
		assertThat(page.selectFirst("#password").val()).isEmpty();
		assertThat(page.selectFirst("[role=alert]").text()).contains("未保存任何更改");
		assertThat(page.selectFirst("input[name=roles][value=EDITOR]").hasAttr("checked")).isTrue();

		Document badName = Jsoup.parse(create(newEditor("test bad/name")).body());
		assertThat(badName.selectFirst("#username-error").text()).startsWith("用户名须为3–60个小写字母");
		assertThat(badName.selectFirst("#username").val()).isEqualTo("test bad/name");

		Document taken = Jsoup.parse(create(newEditor("test-admin")).body());
		assertThat(taken.selectFirst("#username-error").text()).isEqualTo("用户名“test-admin”已被使用，请换一个。");

		Map<String, String> noRole = newEditor("test-norole");
		noRole.remove("roles");
		Document roleless = Jsoup.parse(create(noRole).body());
		assertThat(roleless.selectFirst("#roles-error").text()).isEqualTo("请至少选择一个角色。");

		Map<String, String> noName = newEditor("test-noname");
		noName.put("displayName", "  ");
		noName.put("departmentIds", "999999");
		Document nameless = Jsoup.parse(create(noName).body());
		assertThat(nameless.selectFirst("#displayName-error").text()).isEqualTo("请填写姓名（不超过100字）。");
		assertThat(nameless.selectFirst("#departmentIds-error").text()).isEqualTo("所选部门不存在，请重新选择。");

		assertThat(testAccounts()).isEqualTo(before);
	}

	@Test
	void aDisabledAccountCannotSignInAndIsSignedOutAtOnce() {
		this.staff.user("victim", this.housing, Role.EDITOR);
		Long id = idOf("test-victim");
		StaffClient victim = new StaffClient(this.port);
		victim.signIn("test-victim", StaffFixtures.PASSWORD);
		assertThat(victim.get("/staff/reports").statusCode()).isEqualTo(200);

		HttpResponse<String> disabled = this.admin.submit(this.admin.page("/staff/admin/users/" + id), "form.disable",
				Map.of());
		assertThat(disabled.statusCode()).isEqualTo(302);
		Document account = this.admin.page("/staff/admin/users/" + id);
		assertThat(account.selectFirst(".notice").text()).isEqualTo("账户已停用，该账户已无法登录。");
		assertThat(account.selectFirst(".facts .status").text()).isEqualTo("已停用");

		assertThat(victim.get("/staff/reports").headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/login");
		assertThat(canSignIn("test-victim", StaffFixtures.PASSWORD)).isFalse();
		Map<String, Object> audit = lastAdminChange(id);
		assertThat(audit.get("before_state")).asString().contains("enabled=true");
		assertThat(audit.get("after_state")).asString().contains("enabled=false");

		this.admin.submit(this.admin.page("/staff/admin/users/" + id), "form.enable", Map.of());
		assertThat(canSignIn("test-victim", StaffFixtures.PASSWORD)).isTrue();
		assertThat(lastAdminChange(id).get("after_state")).asString().contains("enabled=true");
	}

	@Test
	void anAdministratorCannotDisableOrDemoteThemself() {
		Long me = idOf("test-admin");
		Document own = this.admin.page("/staff/admin/users/" + me);
		assertThat(this.admin.submit(own, "form.disable", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.admin.page("/staff/admin/users/" + me).selectFirst("[role=alert]").text())
			.isEqualTo("不能停用自己的账户。");

		HttpResponse<String> demoted = this.admin.submit(this.admin.page("/staff/admin/users/" + me),
				"form.access-form", Map.of("roles", "EDITOR"));
		assertThat(demoted.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(demoted.body());
		assertThat(page.selectFirst("#roles-error").text()).isEqualTo("不能取消自己的管理员角色。");

		assertThat(this.jdbc.queryForObject("SELECT enabled FROM app_user WHERE id = ?", Boolean.class, me)).isTrue();
		assertThat(this.jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?", String.class, me))
			.containsExactly("ADMIN");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE subject_type = 'app_user' AND subject_id = ?", Long.class, me))
			.isZero();
		assertThat(this.admin.get("/staff/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void rolesAndDepartmentsChangeAndTheOldSessionEnds() {
		this.staff.user("editor", this.housing, Role.EDITOR);
		Long id = idOf("test-editor");
		StaffClient editor = new StaffClient(this.port);
		editor.signIn("test-editor", StaffFixtures.PASSWORD);

		Document form = this.admin.page("/staff/admin/users/" + id);
		assertThat(form.selectFirst("input[name=roles][value=EDITOR]").hasAttr("checked")).isTrue();
		HttpResponse<String> saved = this.admin.submit(form, "form.access-form", Map.of("roles", "REVIEWER"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?", String.class, id))
			.containsExactly("REVIEWER");
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM app_user_department WHERE user_id = ?", Long.class, id))
			.isZero();
		Map<String, Object> audit = lastAdminChange(id);
		assertThat(audit.get("before_state")).isEqualTo("roles=[EDITOR] departments=[test-housing] enabled=true");
		assertThat(audit.get("after_state")).isEqualTo("roles=[REVIEWER] departments=[] enabled=true");

		assertThat(editor.get("/staff/reports").headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/login");
		StaffClient again = new StaffClient(this.port);
		again.signIn("test-editor", StaffFixtures.PASSWORD);
		assertThat(again.get("/staff/review").statusCode()).isEqualTo(200);
		assertThat(again.get("/staff/reports").statusCode()).isEqualTo(403);
	}

	@Test
	void aResetPasswordReplacesTheOldOneAndIsShownOnce() {
		this.staff.user("forgetful", Role.REVIEWER);
		Long id = idOf("test-forgetful");
		HttpResponse<String> reset = this.admin.submit(this.admin.page("/staff/admin/users/" + id),
				"form.reset-password", Map.of());
		assertThat(reset.statusCode()).isEqualTo(200);
		String password = Jsoup.parse(reset.body()).selectFirst("code.one-time-password").text();
		assertThat(canSignIn("test-forgetful", StaffFixtures.PASSWORD)).isFalse();
		assertThat(canSignIn("test-forgetful", password)).isTrue();
		Map<String, Object> audit = lastAdminChange(id);
		assertThat(audit.get("detail")).isEqualTo("password reset");
		assertThat(audit.get("after_state")).asString().doesNotContain(password);
	}

}
