package org.minsheng.tracker.display;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seniors' mode switch works as a plain link (no JavaScript), is remembered by a
 * cookie, sends the visitor back only to a page of this site, and the page cache never
 * serves one mode's page to the other.
 */
class SeniorModeWebTest extends PortalIntegrationTest {

	@Test
	void theSwitchSetsACookieAndReturnsToTheSamePage() {
		Document plain = page("/plans/2025?area=HEALTH");
		String href = plain.selectFirst("a.mode-switch").attr("href");
		assertThat(plain.selectFirst("a.mode-switch").text()).isEqualTo("长辈模式");
		assertThat(href).startsWith("/mode?senior=on&return=");

		HttpResponse<String> switched = get(href);
		assertThat(switched.statusCode()).isEqualTo(303);
		assertThat(switched.headers().firstValue("Location")).hasValue("/plans/2025?area=HEALTH");
		assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("senior=on").contains("Path=/").contains("HttpOnly"));

		HttpResponse<String> off = get("/mode?senior=off&return=/plans/2025", "senior=on");
		assertThat(off.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("senior=off").contains("Max-Age=0"));
	}

	@Test
	void theModeChangesThePageAndTheCacheKeepsBothApart() {
		for (int i = 0; i < 2; i++) {
			Document plain = page("/plans/2025");
			assertThat(plain.selectFirst("html").hasClass("senior")).isFalse();
			assertThat(plain.select(".senior-summary")).isEmpty();
			assertThat(plain.select("details.chart-data[open]")).as("charts kept rendered for each mode").isEmpty();

			Document senior = page("/plans/2025", "senior=on");
			assertThat(senior.selectFirst("html").hasClass("senior")).isTrue();
			assertThat(senior.selectFirst("a.mode-switch").text()).isEqualTo("退出长辈模式");
			assertThat(senior.selectFirst(".senior-summary").text()).contains("今年共有16件民生实事，已完成16件，其中超额完成1件；进度滞后0件。");
			assertThat(senior.select("details.chart-data[open]")).as("charts come with their data tables").isNotEmpty();
		}
		Document commitment = page("/plans/2025/commitments/4", "senior=on", "lang=en");
		assertThat(commitment.selectFirst("html").hasClass("senior")).isTrue();
		assertThat(commitment.selectFirst(".senior-summary").text()).contains("completion rate of 100%");
		assertThat(page("/plans/2025/commitments/4", "lang=en").select(".senior-summary")).isEmpty();
	}

	@Test
	void theSwitchNeverSendsAnyoneToAnotherSite() {
		for (String target : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example",
				"javascript:alert(1)", "evil.example", "" }) {
			HttpResponse<String> response = get("/mode?senior=on&return="
					+ java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(response.statusCode()).isEqualTo(303);
			assertThat(response.headers().firstValue("Location")).as(target).hasValue("/");
		}
	}

}
