package org.minsheng.tracker.system;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minsheng.tracker.PortalApplication;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one database, as behind a load balancer: an approval
 * through instance A is on B's public pages at once; a staff member whose instance stops
 * goes on through the other, still signed in; a client's suggestion limit holds across
 * both. The database is the environment's (PostgreSQL in CI) or one embedded database
 * both instances share. (Two application contexts in one JVM: the benchmark's
 * {@code bench/two-instances.sh} runs two separate processes behind nginx.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIntegrationTest {

	private static boolean shared;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		String[] database;
		shared = url != null && url.startsWith("jdbc:postgresql:");
		if (shared) {
			database = new String[0];
		}
		else {
			// One named in-memory database, shared by both instances in this JVM.
			database = new String[] {
					"--spring.datasource.url=jdbc:h2:mem:instances;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--spring.datasource.username=sa", "--spring.datasource.password=", "--spring.flyway.user=sa",
					"--spring.flyway.password=" };
		}
		first = start(database);
		second = start(database);
		first.getBean(JdbcTemplate.class).update("DELETE FROM rate_limit_bucket");
	}

	private static ConfigurableApplicationContext start(String[] database) {
		String[] arguments = new String[database.length + 1];
		System.arraycopy(database, 0, arguments, 0, database.length);
		arguments[database.length] = "--server.port=0";
		return new SpringApplicationBuilder(PortalApplication.class).run(arguments);
	}

	/**
	 * Closing an instance closes an embedded database shared in one JVM, so the test that
	 * stops instance A runs last, and only PostgreSQL (shared with the other tests) needs
	 * cleaning.
	 */
	@AfterAll
	static void stop() {
		if (!shared) {
			second.close();
			return;
		}
		JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
		jdbc.update("DELETE FROM suggestion WHERE body LIKE '希望第%条公交线路延长到高铁站。'");
		jdbc.update("DELETE FROM rate_limit_bucket");
		second.getBean(StaffFixtures.class).removeTestAccounts();
		if (first.isActive()) {
			first.close();
		}
		second.close();
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	private static String publicElevators(int port) {
		return new StaffClient(port).page("/plans/2025/commitments/4").selectFirst("table.indicators td.actual").text();
	}

	@Test
	@Order(2)
	void anApprovalThroughOneInstanceIsOnTheOthersPagesAtOnceAndStaffStaySignedInWhenAnInstanceStops() {
		StaffFixtures staff = first.getBean(StaffFixtures.class);
		Department housing = staff.department("housing", "市住建局");
		Long elevators = staff.lead(2025, 4, housing);
		staff.user("editor", housing, Role.EDITOR);
		staff.user("reviewer", Role.REVIEWER);
		int a = port(first);
		int b = port(second);
		String before = publicElevators(b);

		StaffClient editor = new StaffClient(a);
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		Document form = editor.page("/staff/reports/new?indicator=" + elevators);
		Map<String, String> fields = new HashMap<>(Map.of("value", "48", "asOf", "2025-12-31", "action", "submit"));
		assertThat(editor.submit(form, "form.report-form", fields).statusCode()).isEqualTo(302);
		Long report = first.getBean(JdbcTemplate.class)
			.queryForObject("SELECT id FROM progress_report WHERE indicator_id = ? AND filed_by IS NOT NULL",
					Long.class, elevators);

		StaffClient reviewer = new StaffClient(a);
		reviewer.signIn("test-reviewer", StaffFixtures.PASSWORD);
		Document queue = reviewer.page("/staff/review");
		assertThat(publicElevators(b)).as("B has rendered and cached the page before the approval").isEqualTo(before);
		assertThat(reviewer.submit(queue, "#report-" + report + " form.approve", Map.of()).statusCode()).isEqualTo(302);
		assertThat(publicElevators(b)).as("the approval through A, on B at once").isEqualTo("48部");

		first.close();
		StaffClient sameBrowserAtB = reviewer.at(b);
		HttpResponse<String> workspace = sameBrowserAtB.get("/staff/review");
		assertThat(workspace.statusCode()).as("still signed in through B").isEqualTo(200);
		assertThat(sameBrowserAtB.page("/staff/review").select("input[name=password]")).isEmpty();
	}

	@Test
	@Order(1)
	void aClientsSuggestionLimitHoldsAcrossInstances() {
		int a = port(first);
		int b = port(second);
		int accepted = 0;
		for (int i = 1; i <= 6; i++) {
			StaffClient visitor = new StaffClient((i % 2 == 0) ? b : a);
			HttpResponse<String> sent = visitor.submit(visitor.page("/suggestions"), "form.suggestion-form",
					Map.of("area", "TRANSPORT", "text", "希望第" + i + "条公交线路延长到高铁站。"));
			if (sent.statusCode() == 302) {
				accepted++;
			}
			else {
				assertThat(sent.statusCode()).as("suggestion %d", i).isEqualTo(429);
			}
		}
		assertThat(accepted).as("five an hour per address, whichever instance answers").isEqualTo(5);
	}

}
