package org.minsheng.tracker.synthetic;

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
 * The {@code synthetic} profile on a database of its own: it generates its years once (a
 * second start adds nothing), and every page, the real year's included, carries the
 * demonstration banner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:synthetic-profile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "spring.flyway.user=sa",
		"spring.flyway.password=", "synthetic.last-year=2024", "synthetic.years=2", "synthetic.commitments=3",
		"synthetic.weeks=4" })
@ActiveProfiles("synthetic")
class SyntheticProfileIntegrationTest {

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

	private long reports() {
		return this.jdbc
			.queryForObject("SELECT COUNT(*) FROM progress_report r JOIN indicator i ON i.id = r.indicator_id "
					+ "JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id WHERE p.title_zh LIKE ?",
					Long.class, SyntheticYears.MARK + "%");
	}

	@Test
	void generatesOnceAndLabelsEveryPage() throws Exception {
		assertThat(reports()).isEqualTo(2 * 3 * 3 * 4);
		this.context.getBean(SyntheticYearsRunner.class).run(null);
		assertThat(reports()).as("a second start adds nothing").isEqualTo(2 * 3 * 3 * 4);

		for (String path : new String[] { "/plans/2023", "/plans/2024/commitments/1", "/plans/2025", "/suggestions" }) {
			assertThat(page(path).select(".demonstration-banner").text()).as(path).contains("合成数据").contains("不是真实数字");
		}
		assertThat(page("/plans/2024?lang=en").select(".demonstration-banner").text()).contains("not real figures");
		assertThat(page("/plans/2024").select(".commitment-card")).hasSize(3);
	}

}
