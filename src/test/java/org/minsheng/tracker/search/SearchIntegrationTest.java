package org.minsheng.tracker.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.JdbcStatementCounter;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box finds the right commitments for two-character Chinese words, groups the
 * results by kind, marks the match, filters by year, suggests something when nothing is
 * found, and issues the same number of statements however much data there is.
 */
class SearchIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PlanFixtures fixtures;

	@AfterEach
	void removeSyntheticData() {
		this.fixtures.removeSyntheticPlans();
	}

	private Document search(String query, String... more) {
		return page("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + String.join("", more));
	}

	@Test
	void twoCharacterWordsFindTheRightCommitments() {
		Document elevators = search("电梯");
		assertThat(elevators.select("[data-kind=COMMITMENT] a.result-title").eachAttr("href"))
			.containsExactly("/plans/2025/commitments/4");
		assertThat(elevators.select("[data-kind=COMMITMENT] a.result-title mark").eachText()).containsOnly("电梯");

		Document canteens = search("食堂");
		assertThat(canteens.select("[data-kind=COMMITMENT] a.result-title").eachAttr("href"))
			.containsExactly("/plans/2025/commitments/16");
		assertThat(canteens.select("[data-kind=COMMITMENT] .result-snippet mark").eachText()).containsOnly("食堂");
		assertThat(canteens.select("section.search-group").eachAttr("data-kind")).as("grouped by kind, in order")
			.startsWith("COMMITMENT")
			.doesNotHaveDuplicates();
		assertThat(canteens.selectFirst("#site-search-q").val()).isEqualTo("食堂");
	}

	@Test
	void longerQueriesAndEnglishWorkToo() {
		assertThat(search("加装电梯").select("[data-kind=COMMITMENT] a.result-title").eachAttr("href"))
			.containsExactly("/plans/2025/commitments/4");
		Document english = page("/search?q=elevator&lang=en");
		assertThat(english.select("[data-kind=COMMITMENT] a.result-title").eachAttr("href"))
			.contains("/plans/2025/commitments/4");
		assertThat(english.select("[data-kind=COMMITMENT] a.result-title mark").first().text())
			.isEqualToIgnoringCase("elevator");
	}

	@Test
	void theYearFilterAndNoResults() {
		assertThat(search("电梯", "&year=2025").select("a.result-title")).isNotEmpty();
		Document otherYear = search("电梯", "&year=2099");
		assertThat(otherYear.select("a.result-title")).isEmpty();
		assertThat(otherYear.select(".search-none a").eachAttr("href")).contains("/search?q=%E7%94%B5%E6%A2%AF");

		Document none = search("电梯坏了怎么办");
		assertThat(none.select("a.result-title")).isEmpty();
		assertThat(none.selectFirst(".search-none h2").text()).contains("没有找到");
		assertThat(none.select(".search-suggest a[lang=zh-CN]").eachText()).contains("电梯");
	}

	@Test
	void userTextIsEscapedInTheHighlight() {
		Document page = search("<script>电梯");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.selectFirst("#search-q").val()).isEqualTo("<script>电梯");
	}

	@Test
	void statementsPerSearchDoNotGrowWithTheData() {
		this.fixtures.publishedPlan(2090, 4, 2, 1, 60);
		search("合成实事");
		long before = JdbcStatementCounter.count();
		Document small = search("合成实事");
		long smallCount = JdbcStatementCounter.count() - before;
		assertThat(small.select("[data-kind=COMMITMENT] a.result-title")).hasSize(4);

		this.fixtures.publishedPlan(2091, 40, 2, 1, 60);
		search("合成实事");
		before = JdbcStatementCounter.count();
		Document large = search("合成实事");
		long largeCount = JdbcStatementCounter.count() - before;
		assertThat(large.select("[data-kind=COMMITMENT] a.result-title")).hasSize(44);
		assertThat(largeCount).isPositive().isEqualTo(smallCount);
	}

}
