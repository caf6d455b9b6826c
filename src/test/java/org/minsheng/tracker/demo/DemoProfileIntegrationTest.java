package org.minsheng.tracker.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code demo} profile on an embedded database of its own: a demonstration 2026 cycle
 * built once from the seeded hopes, through the cycle's rules, and every page — the real
 * 2025 ones and the staff sign-in included — carries the "演示数据" banner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:demo-profile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.user=sa",
		"spring.flyway.password=" })
@ActiveProfiles("demo")
class DemoProfileIntegrationTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationContext context;

	private Document page(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void buildsTheDemonstrationCycleOnceAndLabelsEveryPage() throws Exception {
		assertThat(count("SELECT COUNT(*) FROM candidate_project WHERE cycle_year = 2026")).isEqualTo(6);
		assertThat(count("SELECT COUNT(*) FROM candidate_project WHERE title_zh NOT LIKE '【演示数据】%'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM candidate_suggestion")).as("built from the seeded hopes").isPositive();
		assertThat(count("SELECT COUNT(*) FROM commitment c JOIN plan p ON p.id = c.plan_id "
				+ "WHERE p.plan_year = 2026 AND p.status = 'PUBLISHED'"))
			.isEqualTo(4);
		assertThat(count("SELECT COUNT(*) FROM commitment_evaluation")).isEqualTo(4);
		long reports = count("SELECT COUNT(*) FROM progress_report WHERE note_zh LIKE '【演示数据】%'");
		assertThat(reports).isPositive();
		this.context.getBean(DemoCycleRunner.class).run(null);
		assertThat(count("SELECT COUNT(*) FROM candidate_project")).as("a second start adds nothing").isEqualTo(6);

		for (String path : new String[] { "/plans/2026", "/plans/2026/commitments/1", "/cycle/2026",
				"/cycle/2026/ballot", "/cycle/2026/notice", "/plans/2025", "/plans/2025/commitments/1", "/suggestions",
				"/staff/login" }) {
			assertThat(page(path).select(".demonstration-banner").text()).as(path).contains("演示数据");
		}
		assertThat(page("/plans/2026?lang=en").select(".demonstration-banner").text()).contains("Demonstration data");
		Document commitment = page("/plans/2026/commitments/1");
		assertThat(commitment.select(".chain-summary .chosen-by").text()).contains("/300");
		assertThat(commitment.select(".timeline .step-evaluation.recorded")).hasSize(1);
		assertThat(page("/cycle/2026/ballot").select("table.ballot tbody tr")).hasSize(5);
		assertThat(page("/cycle/2026").select(".screened-out").text()).contains("项目储备库");
	}

}
