package org.minsheng.tracker.staff;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password given by an administrator serves one sign-in; staff change their own
 * password (the current one required, the policy applied, their other sessions ended);
 * generated passwords have no look-alike characters. Real HTTP through the security
 * chain.
 */
class PasswordChangeWebTest extends PortalIntegrationTest {

	private static final String MINE = "my own secret passphrase";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	private StaffClient admin;

	@BeforeEach
	void anAdministrator() {
		this.staff.user("admin", Role.ADMIN);
		this.admin = new StaffClient(this.port);
		this.admin.signIn("test-admin", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeAccounts() {
		this.staff.removeTestAccounts();
	}

	private String reset(String username) {
		Long id = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
		HttpResponse<String> reset = this.admin.submit(this.admin.page("/staff/admin/users/" + id),
				"form.reset-password", Map.of());
		return Jsoup.parse(reset.body()).selectFirst("code.one-time-password").text();
	}

	private static HttpResponse<String> change(StaffClient client, String current, String password, String repeat) {
		return client.submit(client.page("/staff/password"), "main form",
				Map.of("current", current, "password", password, "repeat", repeat));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static boolean canSignIn(int port, String username, String password) {
		return location(new StaffClient(port).signIn(username, password)).endsWith("/staff");
	}

	@Test
	void aResetPasswordServesOneSignInAndThenMustBeReplaced() {
		this.staff.user("forgetful", Role.EDITOR);
		String given = reset("test-forgetful");
		StaffClient client = new StaffClient(this.port);
		assertThat(location(client.signIn("test-forgetful", given))).endsWith("/staff");
		for (String page : new String[] { "/staff", "/staff/reports", "/staff/import" }) {
			HttpResponse<String> response = client.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(location(response)).as(page).endsWith("/staff/password");
		}
		Document form = client.page("/staff/password");
		assertThat(form.selectFirst(".must-change")).isNotNull();

		// Nothing else runs until then: a report cannot be posted either.
		HttpResponse<String> post = client.submit(form, "main form", Map.of());
		assertThat(post.statusCode()).isEqualTo(200);

		Document wrongCurrent = Jsoup.parse(change(client, "not the password", MINE, MINE).body());
		assertThat(wrongCurrent.selectFirst("#current-error").text()).isEqualTo("当前密码不正确。");
		assertThat(Jsoup.parse(change(client, given, "short one", "short one").body())
			.selectFirst("#password-error")
			.text()).isEqualTo("密码至少需要12个字符。");
		assertThat(Jsoup.parse(change(client, given, "qwerty123456", "qwerty123456").body())
			.selectFirst("#password-error")
			.text()).startsWith("这是常见或已泄露的密码");
		// (Other control characters, a NUL say, are refused with a 400 before any page.)
		for (String invisible : new String[] { "\u200b", "\n", "\t", "\u202e" }) {
			String withIt = "my own" + invisible + " passphrase";
			assertThat(Jsoup.parse(change(client, given, withIt, withIt).body()).selectFirst("#password-error").text())
				.isEqualTo("密码不能含控制字符或不可见的格式字符。");
		}
		assertThat(Jsoup.parse(change(client, given, MINE, MINE + "!").body()).selectFirst("#repeat-error").text())
			.isEqualTo("两次输入的新密码不一致。");
		assertThat(Jsoup.parse(change(client, given, given, given).body()).selectFirst("#password-error").text())
			.isEqualTo("新密码不能与当前密码相同。");
		assertThat(client.get("/staff").statusCode()).isEqualTo(302);

		HttpResponse<String> changed = change(client, given, MINE, MINE);
		assertThat(location(changed)).endsWith("/staff");
		Document home = client.page("/staff");
		assertThat(home.selectFirst("[role=status]").text()).isEqualTo("密码已修改，您在其他设备上的登录已退出。");
		assertThat(client.get("/staff/reports").statusCode()).isEqualTo(200);

		assertThat(canSignIn(this.port, "test-forgetful", given)).isFalse();
		assertThat(canSignIn(this.port, "test-forgetful", MINE)).isTrue();
		Map<String, Object> audit = this.jdbc.queryForMap("SELECT actor, detail, after_state FROM audit_event "
				+ "WHERE action = 'ADMIN_CHANGE' ORDER BY id DESC LIMIT 1");
		assertThat(audit.get("actor")).isEqualTo("test-forgetful");
		assertThat(audit.get("detail")).isEqualTo("password changed by its owner");
		assertThat(audit.get("after_state")).asString().doesNotContain(MINE);
	}

	@Test
	void aGeneratedPasswordAtCreationMustAlsoBeReplaced() {
		Document form = this.admin.page("/staff/admin/users/new");
		HttpResponse<String> created = this.admin.submit(form, "form.user-form", Map.of("username", "test-newcomer",
				"displayName", "新人", "generatePassword", "true", "roles", "REVIEWER"));
		String given = Jsoup.parse(created.body()).selectFirst("code.one-time-password").text();
		StaffClient newcomer = new StaffClient(this.port);
		newcomer.signIn("test-newcomer", given);
		assertThat(location(newcomer.get("/staff/review"))).endsWith("/staff/password");
		assertThat(location(change(newcomer, given, MINE, MINE))).endsWith("/staff");
		assertThat(newcomer.get("/staff/review").statusCode()).isEqualTo(200);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsButNotThisOne() {
		this.staff.user("busy", Role.REVIEWER);
		StaffClient laptop = new StaffClient(this.port);
		StaffClient phone = new StaffClient(this.port);
		laptop.signIn("test-busy", StaffFixtures.PASSWORD);
		phone.signIn("test-busy", StaffFixtures.PASSWORD);
		assertThat(phone.get("/staff").statusCode()).isEqualTo(200);
		assertThat(laptop.page("/staff").selectFirst("a.change-password")).isNotNull();

		assertThat(location(change(laptop, StaffFixtures.PASSWORD, MINE, MINE))).endsWith("/staff");
		assertThat(laptop.get("/staff").statusCode()).isEqualTo(200);
		assertThat(location(phone.get("/staff"))).endsWith("/staff/login");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'test-busy'",
				Long.class))
			.isEqualTo(1L);
	}

	@Test
	void administratorsCannotSetACommonPassword() {
		Document form = this.admin.page("/staff/admin/users/new");
		HttpResponse<String> refused = this.admin.submit(form, "form.user-form",
				Map.of("username", "test-weak", "displayName", "弱", "password", "1qaz2wsx3edc", "roles", "REVIEWER"));
		assertThat(Jsoup.parse(refused.body()).selectFirst("#password-error").text()).startsWith("这是常见或已泄露的密码");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'test-weak'", Long.class))
			.isZero();
	}

	@Test
	void generatedPasswordsHaveNoLookAlikeCharacters() {
		this.staff.user("often", Role.REVIEWER);
		for (int i = 0; i < 10; i++) {
			String given = reset("test-often");
			assertThat(given).hasSizeGreaterThanOrEqualTo(20).doesNotContainPattern("[0Oo1Il]").matches("[A-Za-z2-9]+");
		}
	}

}
