package org.minsheng.tracker.staff;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff address, tried by every role and by nobody: who may read, who may change,
 * and that a refused change leaves the data as it was.
 */
class AuthorizationMatrixWebTest extends PortalIntegrationTest {

	private static final List<String> WHO = List.of("anonymous", "editor", "reviewer", "admin");

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	private Long indicatorId;

	private final Map<String, StaffClient> clients = new LinkedHashMap<>();

	@BeforeEach
	void oneOfEachRole() {
		Department housing = this.staff.department("housing", "市住建局");
		this.indicatorId = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.staff.user("admin", Role.ADMIN);
		for (String who : WHO) {
			StaffClient client = new StaffClient(this.port);
			if (!who.equals("anonymous")) {
				client.signIn("test-" + who, StaffFixtures.PASSWORD);
			}
			this.clients.put(who, client);
		}
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private void expectGet(String path, int anonymous, int editor, int reviewer, int admin) {
		int[] expected = { anonymous, editor, reviewer, admin };
		for (int i = 0; i < WHO.size(); i++) {
			HttpResponse<String> response = this.clients.get(WHO.get(i)).get(path);
			assertThat(response.statusCode()).as("GET %s as %s", path, WHO.get(i)).isEqualTo(expected[i]);
			if (expected[i] == 302) {
				assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login");
			}
		}
	}

	private String suggestionVersion(Long id) {
		return String.valueOf(this.jdbc.queryForObject("SELECT version FROM suggestion WHERE id = ?", Long.class, id));
	}

	private int post(String who, String path, Map<String, String> fields) {
		StaffClient client = this.clients.get(who);
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		String token = who.equals("anonymous") ? client.page("/staff/login").selectFirst("input[name=_csrf]").val()
				: client.page("/staff").selectFirst("input[name=_csrf]").val();
		withToken.put("_csrf", token);
		return client.post(path, withToken).statusCode();
	}

	@Test
	void readingStaffPages() {
		expectGet("/staff", 302, 200, 200, 200);
		expectGet("/staff/reports", 302, 200, 403, 403);
		expectGet("/staff/reports/new?indicator=" + this.indicatorId, 302, 200, 403, 403);
		expectGet("/staff/import", 302, 200, 403, 403);
		expectGet("/staff/import/template.csv", 302, 200, 403, 403);
		expectGet("/staff/review", 302, 403, 200, 403);
		expectGet("/staff/moderation", 302, 403, 200, 403);
		expectGet("/staff/admin/commitments", 302, 403, 403, 200);
		expectGet("/staff/audit", 302, 403, 403, 200);
		expectGet("/staff/admin/throttles", 302, 403, 403, 200);
		expectGet("/staff/password", 302, 200, 200, 200);
		expectGet("/staff/login", 200, 200, 200, 200);
	}

	@Test
	void changingThingsOnlyWithTheRightRoleAndNothingChangesOtherwise() {
		Map<String, String> report = Map.of("indicatorId", String.valueOf(this.indicatorId), "value", "55", "asOf",
				"2025-12-31", "action", "submit");
		for (String who : List.of("anonymous", "reviewer", "admin")) {
			int status = post(who, "/staff/reports/new", report);
			assertThat(status).as("file a report as %s", who).isIn(302, 403);
			if (status == 302) {
				assertThat(who).isEqualTo("anonymous");
			}
		}
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE filed_by IS NOT NULL", Long.class))
			.isZero();

		Long seeded = this.jdbc.queryForObject("SELECT id FROM progress_report WHERE indicator_id = ?", Long.class,
				this.indicatorId);
		for (String who : List.of("anonymous", "editor", "admin")) {
			assertThat(post(who, "/staff/review/" + seeded + "/reject", Map.of("version", "0", "reason", "x")))
				.as("reject as %s", who)
				.isIn(302, 403);
		}
		assertThat(
				this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class, seeded))
			.isEqualTo("APPROVED");

		Long commitment = this.jdbc.queryForObject("SELECT commitment_id FROM indicator WHERE id = ?", Long.class,
				this.indicatorId);
		Long lead = this.jdbc.queryForObject("SELECT lead_department_id FROM commitment WHERE id = ?", Long.class,
				commitment);
		for (String who : List.of("anonymous", "editor", "reviewer")) {
			assertThat(post(who, "/staff/admin/commitments/" + commitment + "/lead", Map.of("department", "")))
				.as("change lead as %s", who)
				.isIn(302, 403);
			assertThat(post(who, "/staff/admin/departments", Map.of("code", "test-x", "nameZh", "某局")))
				.as("create department as %s", who)
				.isIn(302, 403);
		}
		assertThat(this.jdbc.queryForObject("SELECT lead_department_id FROM commitment WHERE id = ?", Long.class,
				commitment))
			.isEqualTo(lead);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM department WHERE code = 'test-x'", Long.class))
			.isZero();

		assertThat(post("admin", "/staff/admin/departments", Map.of("code", "test-y", "nameZh", "测试局"))).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM department WHERE code = 'test-y'", Long.class))
			.isEqualTo(1L);
	}

	@Test
	void onlyReviewersModerateSuggestions() {
		Long hope = this.jdbc.queryForObject("SELECT id FROM suggestion WHERE resident = '王芳'", Long.class);
		Long commitment = this.jdbc.queryForObject("SELECT commitment_id FROM indicator WHERE id = ?", Long.class,
				this.indicatorId);
		for (String who : List.of("anonymous", "editor", "admin")) {
			assertThat(
					post(who, "/staff/moderation/" + hope + "/link", Map.of("commitment", String.valueOf(commitment))))
				.as("link as %s", who)
				.isIn(302, 403);
			if (!who.equals("anonymous")) {
				assertThat(post(who, "/staff/moderation/" + hope + "/link", Map.of("commitment", "1"))).isEqualTo(403);
			}
		}
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM suggestion WHERE commitment_id IS NOT NULL", Long.class))
			.isZero();
		assertThat(post("reviewer", "/staff/moderation/" + hope + "/link",
				Map.of("commitment", String.valueOf(commitment), "version", suggestionVersion(hope))))
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT commitment_id FROM suggestion WHERE id = ?", Long.class, hope))
			.isEqualTo(commitment);
		assertThat(post("reviewer", "/staff/moderation/" + hope + "/link",
				Map.of("commitment", "", "version", suggestionVersion(hope))))
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT commitment_id FROM suggestion WHERE id = ?", Long.class, hope))
			.isNull();
	}

	@Test
	void onlyAdministratorsClearSignInThrottles() {
		this.clients.get("anonymous").signIn("test-nobody", "wrong password");
		Map<String, String> clear = Map.of("kind", "ACCOUNT", "key", "test-nobody");
		for (String who : List.of("anonymous", "editor", "reviewer")) {
			assertThat(post(who, "/staff/admin/throttles/clear", clear)).as("clear as %s", who).isIn(302, 403);
			if (!who.equals("anonymous")) {
				assertThat(post(who, "/staff/admin/throttles/clear", clear)).isEqualTo(403);
			}
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND throttle_key = 'test-nobody'",
				Long.class))
			.isEqualTo(1L);
		assertThat(post("admin", "/staff/admin/throttles/clear", clear)).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND throttle_key = 'test-nobody'",
				Long.class))
			.isZero();
	}

	@Test
	void postsWithoutACsrfTokenAreRefusedEvenForTheRightRole() {
		HttpResponse<String> response = this.clients.get("admin")
			.post("/staff/admin/departments", Map.of("code", "test-z", "nameZh", "无令牌局"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM department WHERE code = 'test-z'", Long.class))
			.isZero();
	}

}
