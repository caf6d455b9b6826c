package org.minsheng.tracker.dashboard;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures as of a date: exactly what the public could see at the end of that day, by
 * approval time, across an approval, a rejection and a correction.
 */
class AsOfIntegrationTest extends PortalIntegrationTest {

	private static final String ELEVATORS = "/plans/2025/commitments/4";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFixtures reports;

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private String elevators(String query) {
		return page(ELEVATORS + query).selectFirst("table.indicators td.actual").text();
	}

	@Test
	void eachDayShowsWhatWasPublicAtItsEnd() {
		this.reports.elevatorsRaisedRejectedAndCorrected();

		assertThat(elevators("?asOf=2025-12-28")).isEqualTo("暂无数据");
		assertThat(elevators("?asOf=2025-12-29")).isEqualTo("46部");
		assertThat(elevators("?asOf=2026-02-28")).isEqualTo("46部");
		assertThat(elevators("?asOf=2026-03-01")).isEqualTo("50部");
		assertThat(elevators("?asOf=2026-05-31")).isEqualTo("50部");
		assertThat(elevators("?asOf=2026-06-01")).isEqualTo("48部");
		assertThat(elevators("")).isEqualTo("48部");

		Document may = page(ELEVATORS + "?asOf=2026-05-31");
		assertThat(may.selectFirst(".as-of-banner").text()).contains("2026年5月31日日终");
		assertThat(may.select("table.history tbody tr")).hasSize(2);
		assertThat(may.text()).doesNotContain("重复统计了两部").doesNotContain("60部");

		Document latest = page(ELEVATORS);
		assertThat(latest.select(".as-of-banner")).isEmpty();
		assertThat(latest.select("table.history tbody tr")).hasSize(3);
		assertThat(latest.selectFirst("table.history .correction").text()).isEqualTo("2026年6月1日更正，原因：重复统计了两部");
		assertThat(latest.text()).doesNotContain("60部");

		Document board = page("/plans/2025?asOf=2026-03-01");
		assertThat(board.selectFirst("#commitment-4 .indicator-figure").text()).isEqualTo("50部");
		assertThat(board.selectFirst("#commitment-4 h3 a").attr("href")).endsWith("asOf=2026-03-01");
		assertThat(board.selectFirst(".cite .permalink").attr("href")).endsWith("/plans/2025?asOf=2026-03-01");
		assertThat(latest.selectFirst(".cite .permalink").attr("href"))
			.matches(".*/plans/2025/commitments/4\\?asOf=\\d{4}-\\d{2}-\\d{2}");
		assertThat(latest.selectFirst(".cite").text()).contains("2025年晋中市16件民生实事 · 第4件 · 既有住宅自愿加装电梯", "访问于");
	}

	@Test
	void aMalformedOrFutureDateIsExplained() {
		HttpResponse<String> malformed = get("/plans/2025?asOf=31/12/2025");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(malformed.body()).selectFirst(".error-message").text()).startsWith("日期格式不正确");
		HttpResponse<String> future = get(ELEVATORS + "?asOf=2999-01-01", "lang=en");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(future.body()).selectFirst(".error-message").text())
			.isEqualTo("asOf cannot be a future day: no figures exist for it yet.");
	}

}
