package org.minsheng.tracker.staff;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the staff workspace through the real security filter chain.
 */
class SignInWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeAccounts() {
		this.staff.removeTestAccounts();
	}

	/** As if this many seconds had passed since every failure counted. */
	private void timePasses(long seconds) {
		this.jdbc.update(
				"UPDATE sign_in_throttle SET last_failure_at = last_failure_at - INTERVAL '" + seconds + "' SECOND");
	}

	private long auditCount(String actor, String action) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ?", Long.class,
				actor, action);
	}

	@Test
	void theWorkspaceAsksForSignIn() {
		HttpResponse<String> response = get("/staff");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login");
	}

	@Test
	void rightPasswordOpensTheWorkspaceInANewSessionStoredInTheDatabase() {
		this.staff.user("reviewer1", Role.REVIEWER);
		StaffClient client = new StaffClient(this.port);
		client.page("/staff/login");
		String before = client.cookie("SESSION");
		HttpResponse<String> signedIn = client.signIn("test-reviewer1", StaffFixtures.PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
		assertThat(client.cookie("SESSION")).isNotNull().isNotEqualTo(before);
		Document home = client.page("/staff");
		assertThat(home.selectFirst(".whoami").text()).isEqualTo("当前用户：测试 reviewer1（test-reviewer1）");
		assertThat(home.selectFirst(".facts").text()).contains("督查室审核人员");
		assertThat(this.jdbc
			.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'test-reviewer1'", Long.class))
			.isEqualTo(1L);
		assertThat(auditCount("test-reviewer1", "SIGN_IN")).isEqualTo(1L);
	}

	@Test
	void wrongPasswordSaysSoAndIsAudited() {
		this.staff.user("editor1", Role.EDITOR);
		StaffClient client = new StaffClient(this.port);
		HttpResponse<String> response = client.signIn("test-editor1", "wrong");
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?error");
		assertThat(client.page("/staff/login?error").selectFirst("[role=alert]").text()).isEqualTo("用户名或密码不正确。");
		assertThat(auditCount("test-editor1", "SIGN_IN_FAILED")).isEqualTo(1L);
		assertThat(client.get("/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void afterFiveWrongPasswordsTheRightOneWaitsForTheDelayAndThenWorks() {
		this.staff.user("editor2", Role.EDITOR);
		StaffClient client = new StaffClient(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(client.signIn("test-editor2", "wrong " + attempt).headers().firstValue("Location").orElseThrow())
				.endsWith("/staff/login?error");
		}
		HttpResponse<String> waiting = client.signIn("test-editor2", StaffFixtures.PASSWORD);
		assertThat(waiting.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?locked");
		assertThat(client.page("/staff/login?locked").selectFirst("[role=alert]").text())
			.isEqualTo("登录失败次数过多，请稍等几分钟后再试。");
		assertThat(auditCount("test-editor2", "SIGN_IN_LOCKED")).isEqualTo(1L);
		assertThat(auditCount("test-editor2", "SIGN_IN_FAILED")).isEqualTo(5L);
		assertThat(client.get("/staff").statusCode()).isEqualTo(302);

		// Refused attempts do not lengthen the wait: 30 seconds after the fifth failure
		// the
		// right password works.
		timePasses(31);
		HttpResponse<String> later = client.signIn("test-editor2", StaffFixtures.PASSWORD);
		assertThat(later.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
		assertThat(client.get("/staff").statusCode()).isEqualTo(200);
	}

	@Test
	void signInWithoutTheCsrfTokenIsRefused() {
		this.staff.user("editor3", Role.EDITOR);
		StaffClient client = new StaffClient(this.port);
		client.page("/staff/login");
		HttpResponse<String> response = client.post("/staff/login",
				Map.of("username", "test-editor3", "password", StaffFixtures.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(client.get("/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSession() {
		this.staff.user("admin1", Role.ADMIN);
		StaffClient client = new StaffClient(this.port);
		client.signIn("test-admin1", StaffFixtures.PASSWORD);
		Document home = client.page("/staff");
		HttpResponse<String> out = client.submit(home, "form[action$=/staff/logout]", Map.of());
		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?signedOut");
		assertThat(auditCount("test-admin1", "SIGN_OUT")).isEqualTo(1L);
		assertThat(client.get("/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void theFirstAdministratorWasCreatedAtStartWithoutAFixedPassword() {
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM app_user_role WHERE role = 'ADMIN'", Long.class))
			.isGreaterThanOrEqualTo(1L);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_CREATED'",
				Long.class))
			.isGreaterThanOrEqualTo(1L);
		assertThat(this.jdbc.queryForList("SELECT password_hash FROM app_user", String.class))
			.allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}"));
	}

}
