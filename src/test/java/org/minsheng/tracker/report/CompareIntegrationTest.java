package org.minsheng.tracker.report;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /compare}: the real 2025 plan beside a synthetic one, by area; a malformed list
 * or an unknown year is explained in the visitor's language.
 */
class CompareIntegrationTest extends PortalIntegrationTest {

	private static final int SYNTHETIC = PlanFixtures.FIRST_SYNTHETIC_YEAR + 7;

	private static final Pattern COUNTS = Pattern.compile("(\\d+)件，已兑现(\\d+)件");

	@Autowired
	private PlanFixtures plans;

	@BeforeEach
	void syntheticPlan() {
		this.plans.publishedPlan(SYNTHETIC, 5, 1, 1, 100);
	}

	@AfterEach
	void removeSyntheticPlan() {
		this.plans.removeSyntheticPlans();
	}

	@Test
	void twoPlansSideBySideByArea() {
		HttpResponse<String> response = get("/compare?years=2025," + SYNTHETIC);
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".compare-table thead th a").eachText()).containsExactly("2025年", SYNTHETIC + "年");
		List<String> totals = page.select(".compare-table tfoot .compare-counts").eachText();
		assertThat(totals).containsExactly("16件，已兑现16件", "5件，已兑现5件");
		int commitments2025 = 0;
		int commitmentsSynthetic = 0;
		for (Element row : page.select(".compare-table tbody tr")) {
			List<Element> cells = row.select("td");
			assertThat(cells).hasSize(2);
			commitments2025 += count(cells.get(0).text());
			commitmentsSynthetic += count(cells.get(1).text());
		}
		assertThat(commitments2025).isEqualTo(16);
		assertThat(commitmentsSynthetic).isEqualTo(5);
		assertThat(page.selectFirst(".compare-table tfoot td .compare-rate").text()).isEqualTo("平均完成率100%");

		Document before = page("/compare?years=2025," + SYNTHETIC + "&asOf=2025-12-28");
		assertThat(before.select(".compare-table tfoot .compare-counts").eachText()).containsExactly("16件，已兑现0件",
				"5件，已兑现0件");
		assertThat(before.selectFirst(".as-of-banner a").attr("href")).endsWith("/compare?years=2025," + SYNTHETIC);
	}

	@Test
	void theYearsDashboardLinksToTheDownloadsTheFeedAndTheComparison() {
		Document board = page("/plans/2025?asOf=2026-03-31");
		assertThat(board.select(".report-links a").eachAttr("href")).containsExactly(
				"/plans/2025/export.csv?asOf=2026-03-31", "/plans/2025/export.xlsx?asOf=2026-03-31",
				"/plans/2025/review.pdf?asOf=2026-03-31", "/feeds/approved.atom",
				"/compare?years=" + SYNTHETIC + ",2025");
		assertThat(page("/plans/2025").select(".report-links a").first().attr("href"))
			.isEqualTo("/plans/2025/export.csv");
	}

	private static int count(String cell) {
		Matcher matcher = COUNTS.matcher(cell);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	@Test
	void malformedOrUnknownYearsAreExplained() {
		HttpResponse<String> malformed = get("/compare?years=2025;abc");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(malformed.body()).selectFirst(".error-message").text()).startsWith("年份参数格式不正确");
		HttpResponse<String> one = get("/compare?years=2025", "lang=en");
		assertThat(one.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(one.body()).selectFirst(".error-message").text())
			.isEqualTo("Choose between 2 and 5 different years to compare.");
		assertThat(get("/compare").statusCode()).isEqualTo(400);
		HttpResponse<String> unknown = get("/compare?years=2025,1999");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(unknown.body()).selectFirst(".error-message").text()).contains("1999");
		HttpResponse<String> english = get("/compare?years=2025,1999", "lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("1999").doesNotContain("没有");
	}

}
