package org.minsheng.tracker.synthetic;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.progress.CurrentReports;
import org.minsheng.tracker.support.JdbcStatementCounter;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real year's public pages, API document, feeds and exports issue the same number of
 * SQL statements (every statement through the DataSource, not only Hibernate's) whether
 * the database holds the seed alone or six synthetic years beside it: other years' data
 * must not be read to draw this year's pages.
 */
class GrowthStatementCountIntegrationTest extends PortalIntegrationTest {

	private static final List<String> PAGES = List.of("/plans/2025", "/plans/2025?lang=en", "/plans/2025/commitments/3",
			"/plans/2025/commitments/4", "/counties/yuci", "/plans/2025/review", "/api/v1/plans/2025",
			"/api/v1/plans/2025/commitments/4", "/api/v1/reports/recent", "/feeds/approved.atom",
			"/plans/2025/commitments/4/feed.atom", "/plans/2025/export.csv", "/plans/2025/reports.csv",
			"/plans/2025/counties.csv", "/plans/2025/export.xlsx");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private PublicRevision revision;

	@Autowired
	private CurrentReports current;

	private SyntheticYears synthetic() {
		return new SyntheticYears(this.jdbc, this.transaction, this.revision, this.current);
	}

	@AfterEach
	void removeSyntheticYears() {
		synthetic().remove();
	}

	/**
	 * Statements of one uncached answer: the revision moves first, so nothing is cached.
	 */
	private long statements(String path) {
		this.revision.bump();
		long before = JdbcStatementCounter.countOnRequestThreads();
		assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		return JdbcStatementCounter.countOnRequestThreads() - before;
	}

	private Map<String, Long> statementsOfEveryPage() {
		Map<String, Long> counts = new LinkedHashMap<>();
		PAGES.forEach((path) -> counts.put(path, statements(path)));
		return counts;
	}

	@Test
	void sixSyntheticYearsAddNoStatementToTheRealYearsPages() {
		Map<String, Long> seedOnly = statementsOfEveryPage();

		synthetic().generate(new SyntheticShape(2024, 1, 12, 3, 8, true));
		Map<String, Long> oneMoreYear = statementsOfEveryPage();
		long reports = synthetic().generate(new SyntheticShape(2023, 5, 12, 3, 8, true));
		assertThat(reports).isEqualTo(5 * 12 * 3 * 8);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM report_county_figure f JOIN progress_report r "
				+ "ON r.id = f.report_id WHERE r.as_of < DATE '2025-01-01'", Long.class))
			.as("two indicators in three, 11 counties each")
			.isEqualTo(6 * 12 * 2 * 8 * 11L);
		assertThat(page("/plans/2024").select(".commitment-card")).hasSize(12);
		assertThat(page("/plans/2025").select("#chart-years").text()).contains("2024")
			.contains("2021")
			.doesNotContain("2020");
		Map<String, Long> sixMoreYears = statementsOfEveryPage();

		assertThat(sixMoreYears).isEqualTo(oneMoreYear);
		// The chart of recent years: their plans, their current reports and their
		// indicators'
		// milestones (the planned pace), three statements whatever the number of years.
		Map<String, Long> dashboards = Map.of("/plans/2025", seedOnly.get("/plans/2025") + 3, "/plans/2025?lang=en",
				seedOnly.get("/plans/2025?lang=en") + 3);
		sixMoreYears.forEach((path, count) -> assertThat(count)
			.as("%s: only the dashboard draws other years (their chart: three statements, whatever their number)", path)
			.isEqualTo(dashboards.getOrDefault(path, seedOnly.get(path))));
	}

	@Test
	void theCountyPageShowsOneYearAtATimeWithLinksToTheOthers() {
		synthetic().generate(new SyntheticShape(2024, 2, 3, 3, 2, true));
		Document yuci = page("/counties/yuci");
		assertThat(yuci.select(".county-years a").eachText()).containsExactly("2025年", "2024年", "2023年");
		assertThat(yuci.selectFirst(".county-years a[aria-current=page]").text()).isEqualTo("2025年");
		assertThat(yuci.select(".county-entry h2").eachText())
			.allSatisfy((title) -> assertThat(title).startsWith("2025"))
			.anySatisfy((title) -> assertThat(title).contains("既有住宅自愿加装电梯"));

		Document earlier = page("/counties/yuci?year=2024");
		assertThat(earlier.selectFirst(".county-years a[aria-current=page]").text()).isEqualTo("2024年");
		assertThat(earlier.select(".county-entry h2").eachText()).hasSize(3)
			.allSatisfy((title) -> assertThat(title).startsWith("2024"));

		HttpResponse<String> none = get("/counties/yuci?year=1999");
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("没有1999年已公布的民生实事计划。");
	}

	@Test
	void syntheticTitlesAreMarkedAndTheDefaultRunShowsNoBanner() {
		synthetic().generate(new SyntheticShape(2024, 1, 2, 1, 2, true));
		assertThat(page("/plans/2024").select("h1").text()).startsWith(SyntheticYears.MARK);
		assertThat(page("/plans/2024").select(".commitment-card").text()).contains(SyntheticYears.MARK + "第1件实事");
		assertThat(page("/plans/2024?lang=en").select(".commitment-card").text())
			.contains(SyntheticYears.MARK_EN + "Commitment 1");
		assertThat(page("/plans/2024").select(".demonstration-banner"))
			.as("the default run is not a demonstration site; the synthetic profile is")
			.isEmpty();

		synthetic().remove();
		assertThat(get("/plans/2024").statusCode()).isEqualTo(404);
		assertThat(page("/plans/2025").select(".commitment-card")).hasSize(16);
	}

}
