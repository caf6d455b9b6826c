package org.minsheng.tracker.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.Plans;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.system.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account and plan administration pages, tried by every role and by nobody: only an
 * administrator reads them, and a change sent by anyone else is refused and changes
 * nothing.
 */
class AdminPagesAuthorizationWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private Plans planRepository;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<String, StaffClient> clients = new LinkedHashMap<>();

	private Long target;

	@BeforeEach
	void oneOfEachRoleAndADraft() {
		Department housing = this.staff.department("housing", "市住建局");
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.staff.user("admin", Role.ADMIN);
		this.target = this.staff.user("target", housing, Role.EDITOR).getId();
		for (String who : List.of("anonymous", "editor", "reviewer", "admin")) {
			StaffClient client = new StaffClient(this.port);
			if (!who.equals("anonymous")) {
				client.signIn("test-" + who, StaffFixtures.PASSWORD);
			}
			this.clients.put(who, client);
		}
		this.transaction.executeWithoutResult((status) -> {
			Plan draft = Plan.draft(2090, new LocalizedText("合成测试计划 2090", "Synthetic test plan 2090"), null);
			draft.addCommitment(new LocalizedText("合成实事 1", "Synthetic commitment 1"), Area.HEALTH)
				.addIndicator(new LocalizedText("合成指标", "Synthetic indicator"), IndicatorKind.COUNT,
						new LocalizedText("个", "items"), Target.of(10));
			this.planRepository.save(draft);
		});
	}

	@AfterEach
	void removeTestData() {
		this.plans.removeSyntheticPlans();
		this.staff.removeTestAccounts();
	}

	private List<String> pages() {
		return List.of("/staff/admin/users", "/staff/admin/users/new", "/staff/admin/users/" + this.target,
				"/staff/admin/plans", "/staff/admin/plans/2090", "/staff/admin/plans/2090/commitments/1/indicators");
	}

	private Map<String, Map<String, String>> changes() {
		Map<String, Map<String, String>> changes = new LinkedHashMap<>();
		changes.put("/staff/admin/users", Map.of("username", "test-intruder", "displayName", "入侵者", "password",
				"a long enough passphrase", "roles", "ADMIN"));
		changes.put("/staff/admin/users/" + this.target, Map.of("roles", "ADMIN"));
		changes.put("/staff/admin/users/" + this.target + "/disable", Map.of());
		changes.put("/staff/admin/users/" + this.target + "/enable", Map.of());
		changes.put("/staff/admin/users/" + this.target + "/password", Map.of());
		changes.put("/staff/admin/plans", Map.of("year", "2091", "titleZh", "合成测试计划 2091"));
		changes.put("/staff/admin/plans/2090/commitments", Map.of("titleZh", "合成实事 2", "area", "HEALTH"));
		changes.put("/staff/admin/plans/2090/commitments/1/indicators",
				Map.of("nameZh", "合成指标 2", "kind", "COUNT", "unitZh", "个", "target", "5"));
		changes.put("/staff/admin/plans/2090/publish", Map.of());
		return changes;
	}

	private String snapshot() {
		return List.of(
				this.jdbc.queryForList("SELECT username, enabled, password_hash, version FROM app_user "
						+ "WHERE username LIKE 'test-%' ORDER BY username"),
				this.jdbc.queryForList("SELECT u.username, r.role FROM app_user_role r JOIN app_user u "
						+ "ON u.id = r.user_id WHERE u.username LIKE 'test-%' ORDER BY u.username, r.role"),
				this.jdbc.queryForList(
						"SELECT user_id, department_id FROM app_user_department " + "ORDER BY user_id, department_id"),
				this.jdbc.queryForList("SELECT plan_year, status, version FROM plan ORDER BY plan_year"),
				this.jdbc.queryForList("SELECT COUNT(*) FROM commitment"),
				this.jdbc.queryForList("SELECT COUNT(*) FROM indicator"))
			.toString();
	}

	private int post(String who, String path, Map<String, String> fields) {
		StaffClient client = this.clients.get(who);
		String tokenPage = who.equals("anonymous") ? "/staff/login" : "/staff";
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", client.page(tokenPage).selectFirst("input[name=_csrf]").val());
		return client.post(path, withToken).statusCode();
	}

	@Test
	void onlyAnAdministratorReadsTheAdministrationPages() {
		for (String path : pages()) {
			var anonymous = this.clients.get("anonymous").get(path);
			assertThat(anonymous.statusCode()).as("GET %s anonymously", path).isEqualTo(302);
			assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login");
			assertThat(this.clients.get("editor").get(path).statusCode()).as("GET %s as editor", path).isEqualTo(403);
			assertThat(this.clients.get("reviewer").get(path).statusCode()).as("GET %s as reviewer", path)
				.isEqualTo(403);
			assertThat(this.clients.get("admin").get(path).statusCode()).as("GET %s as admin", path).isEqualTo(200);
		}
	}

	@Test
	void changesSentByAnyoneButAnAdministratorAreRefusedAndChangeNothing() {
		Long lastEvent = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_event", Long.class);
		String before = snapshot();
		for (String who : List.of("anonymous", "editor", "reviewer")) {
			changes().forEach((path, fields) -> {
				int status = post(who, path, fields);
				assertThat(status).as("POST %s as %s", path, who).isEqualTo(who.equals("anonymous") ? 302 : 403);
			});
		}
		assertThat(snapshot()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE id > ? " + "AND action IN ('ADMIN_CHANGE', 'ACCOUNT_CREATED')",
				Long.class, lastEvent))
			.isZero();

		assertThat(post("admin", "/staff/admin/plans/2090/publish", Map.of())).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT status FROM plan WHERE plan_year = 2090", String.class))
			.isEqualTo("PUBLISHED");
	}

}
