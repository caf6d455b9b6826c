package org.minsheng.tracker.dashboard;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as a citizen's browser receives them.
 */
class PublicPagesWebTest extends PortalIntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	private org.minsheng.tracker.support.PlanFixtures fixtures;

	private static String stat(Document page, String id) {
		return page.selectFirst("#" + id + " dd").text();
	}

	private static List<String> commitmentNumbers(Document page) {
		return page.select(".commitment-card").eachAttr("id");
	}

	@Test
	void homeRedirectsToTheNewestPublishedPlan() {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/plans/2025"));
	}

	@Test
	void dashboardShowsTheYearsHeadlineFigures() {
		Document page = page("/plans/2025");
		assertThat(page.selectFirst("h1").text()).isEqualTo("2025年晋中市16件民生实事");
		assertThat(stat(page, "stat-commitments")).isEqualTo("16");
		assertThat(stat(page, "stat-delivered")).isEqualTo("16");
		assertThat(stat(page, "stat-over")).isEqualTo("1");
		assertThat(stat(page, "stat-behind")).isEqualTo("0");
		assertThat(stat(page, "stat-overall")).isEqualTo("100%");
		assertThat(page.select(".commitment-card")).hasSize(16);
		assertThat(page.selectFirst(".last-updated").text()).isEqualTo("最近更新：2025年12月29日");
	}

	@Test
	void everyCommitmentHasAStatusAndNoneShowsAZeroBar() {
		Document page = page("/plans/2025");
		for (Element card : page.select(".commitment-card")) {
			assertThat(card.select(".status").text()).as(card.id()).isNotBlank();
			for (Element bar : card.select("[role=progressbar]")) {
				assertThat(bar.attr("aria-valuenow")).isNotEqualTo("0");
				assertThat(bar.attr("aria-valuemin")).isEqualTo("0");
				assertThat(bar.attr("aria-valuemax")).isEqualTo("100");
				assertThat(bar.attr("aria-label")).isNotBlank();
			}
		}
		assertThat(page.selectFirst("#commitment-13 .status").text()).isEqualTo("超额完成");
		assertThat(page.selectFirst("#commitment-2 .status").text()).isEqualTo("定性任务已完成");
		assertThat(page.selectFirst("#commitment-4 .status").text()).isEqualTo("已完成");
	}

	@Test
	void indicatorsWithoutAnApprovedFigureSayNoDataYetNeverZeroPercent() {
		try {
			this.fixtures.publishedPlan(2090, 3, 2, 0, 0);
			Document page = page("/plans/2090");
			assertThat(page.select(".commitment-card")).hasSize(3);
			assertThat(page.select(".commitment-card [role=progressbar]")).isEmpty();
			assertThat(page.select(".commitment-card .status").eachText()).containsOnly("未开始");
			assertThat(page.select(".commitment-card .indicator .no-data").eachText()).hasSize(6).containsOnly("暂无数据");
			assertThat(stat(page, "stat-overall")).isEqualTo("暂无可计算的完成率");
			Document commitment = page("/plans/2090/commitments/1");
			assertThat(commitment.select("table.indicators td.actual").eachText()).containsOnly("暂无数据");
			assertThat(commitment.selectFirst(".counties").text()).contains("来源未给出分县信息");
		}
		finally {
			this.fixtures.removeSyntheticPlans();
		}
	}

	@Test
	void areaFilterKeepsOnlyThatAreaButTheHeadlineStillCountsTheYear() {
		Document page = page("/plans/2025?area=HEALTH");
		assertThat(commitmentNumbers(page)).containsExactly("commitment-1", "commitment-3", "commitment-6");
		assertThat(stat(page, "stat-commitments")).isEqualTo("16");
		assertThat(page.selectFirst(".showing").text()).isEqualTo("显示 3 项，共 16 项");
		assertThat(page.selectFirst("#filter-area option[selected]").val()).isEqualTo("HEALTH");
	}

	@Test
	void countyFilterKeepsCommitmentsTheSourcesTieToTheCounty() {
		assertThat(commitmentNumbers(page("/plans/2025?county=yuci"))).containsExactly("commitment-4");
		Document none = page("/plans/2025?county=yushe");
		assertThat(commitmentNumbers(none)).isEmpty();
		assertThat(none.selectFirst(".empty").text()).isEqualTo("没有符合条件的民生实事。");
	}

	@Test
	void unknownFilterValuesShowEverythingAndAreNeverEchoedUnescaped() {
		HttpResponse<String> response = get("/plans/2025?area=%3Cscript%3Ealert(1)%3C/script%3E&county=%22%3E%3Cb%3E");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert(1)").doesNotContain("\"><b>");
		assertThat(commitmentNumbers(org.jsoup.Jsoup.parse(response.body()))).hasSize(16);
	}

	@Test
	void commitmentPageShowsIndicatorsTargetsResultsAndTheSource() {
		Document page = page("/plans/2025/commitments/3");
		assertThat(page.selectFirst("h1").text()).isEqualTo("公共场所配置AED与急救培训");
		List<String> results = page.select("table.indicators td.actual").eachText();
		assertThat(results).containsExactly("102台", "71个", "102场", "6999人");
		assertThat(page.select("table.indicators td.target").eachText()).containsExactly("102台", "71个", "102场",
				"6999人");
		assertThat(page.selectFirst("blockquote").text())
			.isEqualTo("“在全市学校、交通场站、社区等71个公共场所,新增配置102台AED,开展102场急救培训,共培训6999人”");
		assertThat(page.selectFirst(".citation").text()).contains("晋中日报", "2025年12月29日");
		assertThat(page.selectFirst(".facts").text()).contains("牵头单位 来源未载明");
		assertThat(page.select("table.history tbody tr")).hasSize(4);
	}

	@Test
	void overAchievedLowerBoundsReadAsMoreThan() {
		Document page = page("/plans/2025/commitments/13");
		assertThat(page.select("table.indicators td.actual").eachText()).containsExactly("200多处", "50多万人");
		assertThat(page.select("table.indicators td.rate").eachText()).containsOnly("超过100%");
		assertThat(page.select("table.indicators .status").eachText()).containsOnly("超额完成");
	}

	@Test
	void qualitativeTaskSaysDoneWithoutAPercentage() {
		Document page = page("/plans/2025/commitments/15");
		assertThat(page.selectFirst("table.indicators td.target").text()).isEqualTo("定性任务（无数量目标）");
		assertThat(page.selectFirst("table.indicators td.actual").text()).isEqualTo("已完成");
		assertThat(page.select("table.indicators [role=progressbar]")).isEmpty();
	}

	@Test
	void countyPageListsWhatTheSourcesSayHappenedThere() {
		Document yuci = page("/counties/yuci");
		assertThat(yuci.selectFirst("h1").text()).isEqualTo("榆次区");
		assertThat(yuci.selectFirst(".county-entry h2").text()).contains("既有住宅自愿加装电梯");
		assertThat(yuci.selectFirst(".county-entry blockquote").text()).contains("榆次区、昔阳县、寿阳县等8个县");
		Document yushe = page("/counties/yushe");
		assertThat(yushe.selectFirst(".empty").text()).isEqualTo("暂无来源明确涉及榆社县的2025年民生实事数据。");
	}

	@Test
	void sourcePageShowsTheFullTextTheFiguresAreQuotedFrom() {
		Document page = page("/sources/jzrb-2025-12-29-review");
		assertThat(page.selectFirst(".source-text").text()).contains("新建5G基站703个");
		assertThat(page.selectFirst(".facts").text()).contains("2025年12月29日");
	}

	@Test
	void englishIsChosenByParameterAndRememberedByCookie() {
		HttpResponse<String> switched = get("/plans/2025?lang=en");
		String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("lang=en");
		Document english = page("/plans/2025/commitments/5", cookie.split(";")[0]);
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.selectFirst("h1").text()).isEqualTo("Quick-test labs in farm-produce wholesale markets");
		assertThat(english.select("table.indicators td.actual").eachText()).containsExactly("12 labs",
				"87,000 batches");
		assertThat(english.selectFirst(".translation").text()).contains("87,000 batches");
		Document backToChinese = page("/plans/2025?lang=zh", cookie.split(";")[0]);
		assertThat(backToChinese.selectFirst("h1").text()).isEqualTo("2025年晋中市16件民生实事");
	}

	@Test
	void switchingLanguageFormatsNumbersInTheNewLanguageAtOnce() {
		Document page = page("/plans/2025/commitments/5?lang=en");
		assertThat(page.select("table.indicators td.actual").eachText()).containsExactly("12 labs", "87,000 batches");
		assertThat(page.selectFirst(".facts").text()).contains("29 Dec 2025");
	}

	@Test
	void unknownLanguageFallsBackToChinese() {
		Document page = page("/plans/2025?lang=fr");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
	}

	@Test
	void unknownYearCommitmentCountyOrPageIsA404InTheVisitorsLanguage() {
		assertNotFound("/plans/1999", "没有1999年已公布的民生实事计划。");
		assertNotFound("/plans/2025/commitments/17", "2025年民生实事中没有第17件。");
		assertNotFound("/plans/2025/commitments/0", "2025年民生实事中没有第0件。");
		assertNotFound("/counties/atlantis", "没有代码为“atlantis”的县(区、市)。");
		assertNotFound("/plans/abc", "您访问的页面不存在。");
		assertNotFound("/plans/99999999999999", "您访问的页面不存在。");
		assertNotFound("/no/such/page", "您访问的页面不存在。");
		HttpResponse<String> english = get("/plans/1999", "lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(org.jsoup.Jsoup.parse(english.body()).selectFirst(".error-message").text())
			.isEqualTo("No livelihood-commitment plan has been published for 1999.");
	}

	private void assertNotFound(String path, String message) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(org.jsoup.Jsoup.parse(response.body()).selectFirst(".error-message").text()).as(path)
			.isEqualTo(message);
	}

	@Test
	void pagesCarrySecurityHeadersAndAllowNoInlineScript() {
		HttpResponse<String> response = get("/plans/2025");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.body()).doesNotContain("style=\"").doesNotContain("<script>");
	}

	@Test
	void thePublicSiteIsReadOnly() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/plans/2025")))
			.POST(HttpRequest.BodyPublishers.ofString("x=1"))
			.header("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

}
