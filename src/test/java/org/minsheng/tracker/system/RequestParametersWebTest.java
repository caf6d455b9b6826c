package org.minsheng.tracker.system;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request parameters are read by converters, the same way on every page, download, feed
 * and API answer: a malformed or future {@code asOf} is a 400 that says what to write in
 * the visitor's language, a {@code limit} outside 1–100 a 400 problem, a malformed
 * {@code years} list a 400 page.
 */
class RequestParametersWebTest extends PortalIntegrationTest {

	private static final String[] DATED_ADDRESSES = { "/plans/2025", "/plans/2025/commitments/4", "/plans/2025/review",
			"/counties/yuci", "/compare?years=2025,2026&x=", "/plans/2025/export.csv", "/plans/2025/reports.csv",
			"/plans/2025/counties.csv", "/plans/2025/export.xlsx", "/plans/2025/review.pdf", "/feeds/approved.atom",
			"/plans/2025/commitments/4/feed.atom" };

	/** A page's error text; a feed answers a refusal as plain text, not HTML. */
	private static String message(String address, HttpResponse<String> response) {
		if (address.endsWith(".atom")) {
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(address)
				.startsWith("text/plain");
			return response.body().strip();
		}
		return Jsoup.parse(response.body()).selectFirst(".error-message").text();
	}

	private static String withAsOf(String address, String day) {
		return address + (address.contains("?") ? "&" : "?") + "asOf=" + day;
	}

	@Test
	void everyDatedAddressExplainsAMalformedDateInChinese() {
		for (String address : DATED_ADDRESSES) {
			HttpResponse<String> response = get(withAsOf(address, "2026-02-30"));
			assertThat(response.statusCode()).as(address).isEqualTo(400);
			assertThat(message(address, response)).as(address)
				.isEqualTo("日期格式不正确：asOf 参数请按“年-月-日”填写，例如 asOf=2026-03-31。");
		}
	}

	@Test
	void everyDatedAddressExplainsAFutureDateInEnglish() {
		for (String address : DATED_ADDRESSES) {
			HttpResponse<String> response = get(withAsOf(address, "2999-01-01"), "lang=en");
			assertThat(response.statusCode()).as(address).isEqualTo(400);
			assertThat(message(address, response)).as(address)
				.isEqualTo("asOf cannot be a future day: no figures exist for it yet.");
		}
	}

	@Test
	void aBlankDateMeansTheLatestFigures() {
		assertThat(get("/plans/2025?asOf=").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/plans/2025?asOf=").statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAnswersBadParametersWithProblemsInTheVisitorsLanguage() {
		HttpResponse<String> future = get("/api/v1/plans/2025/commitments/4?asOf=2999-01-01", "lang=en");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(future.body()).contains("\"detail\":\"asOf cannot be a future day: no figures exist for it yet.\"");

		for (String limit : new String[] { "0", "101", "1.5", " " }) {
			HttpResponse<String> refused = get("/api/v1/reports/recent?limit=" + limit.replace(" ", "%20x"), "lang=en");
			assertThat(refused.statusCode()).as(limit).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.body()).as(limit)
				.contains("\"detail\":\"limit must be a whole number from 1 to 100.\"")
				.doesNotContain("Exception");
		}
		assertThat(get("/api/v1/reports/recent?limit=100").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/reports/recent?limit=1").statusCode()).isEqualTo(200);
	}

	@Test
	void aMalformedYearListIsExplained() {
		HttpResponse<String> malformed = get("/compare?years=2025;2026", "lang=en");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(malformed.body()).selectFirst(".error-message").text())
			.isEqualTo("The years parameter is malformed: write four-digit years separated by commas, such as "
					+ "years=2025,2026.");
		HttpResponse<String> six = get("/compare?years=2020,2021,2022,2023,2024,2025");
		assertThat(six.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(six.body()).selectFirst(".error-message").text()).isEqualTo("请选择2至5个不同的年份进行对比。");
	}

}
