package org.minsheng.tracker.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.Plans;
import org.minsheng.tracker.progress.CurrentReports;
import org.minsheng.tracker.progress.Figure;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ProgressReports;
import org.minsheng.tracker.support.JdbcStatementCounter;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached pages are never stale: a newly approved figure shows at once, and each language
 * keeps its own page.
 */
class PageCacheIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PlanFixtures fixtures;

	@Autowired
	private Plans plans;

	@Autowired
	private ProgressReports reports;

	@Autowired
	private PublicRevision revision;

	@Autowired
	private CurrentReports current;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void removeSyntheticData() {
		this.fixtures.removeSyntheticPlans();
	}

	private String firstFigure(String path, String... cookies) {
		Document page = page(path, cookies);
		return page.selectFirst("table.indicators td.actual").text();
	}

	@Test
	void anApprovalShowsAtOnceOnAPageServedFromTheCache() {
		Plan plan = this.fixtures.publishedPlan(2090, 1, 1, 1, 10);
		assertThat(firstFigure("/plans/2090/commitments/1")).isEqualTo("10个");
		assertThat(firstFigure("/plans/2090/commitments/1")).isEqualTo("10个");
		approveSixty(plan);
		assertThat(firstFigure("/plans/2090/commitments/1")).isEqualTo("60个");
	}

	private void approveSixty(Plan plan) {
		this.transaction.executeWithoutResult((status) -> {
			Indicator indicator = this.plans.findById(plan.getId())
				.orElseThrow()
				.getCommitments()
				.get(0)
				.getIndicators()
				.get(0);
			ProgressReport report = ProgressReport.draftFigure(indicator, LocalDate.of(2090, 6, 30), Figure.exactly(60),
					Instant.now());
			report.submit(Instant.now());
			report.approve(null, Instant.now());
			this.reports.saveAndFlush(report);
			this.current.recompute(List.of(indicator.getId()));
			this.revision.bump();
		});
	}

	/**
	 * A page rendered for the other language (a page-cache miss) reuses the data read for
	 * the first, and an approval makes both read afresh; the parts of a page kept
	 * rendered for their data (the dashboard's cards and charts, the commitment's
	 * figures) show the new figure at once.
	 */
	@Test
	void theDataBehindAPageIsSharedByItsLanguagesAndNeverStale() {
		Plan plan = this.fixtures.publishedPlan(2090, 1, 1, 1, 10);
		// A scheduled job of the shared context may change public data (and so the
		// revision)
		// between the two requests: the pair is tried again then (and only then), a few
		// times at most.
		long englishStatements = -1;
		for (int attempt = 0; attempt < 5 && englishStatements < 0; attempt++) {
			this.revision.bump();
			long revisionBefore = this.revision.current();
			assertThat(firstFigure("/plans/2090/commitments/1")).isEqualTo("10个");
			long before = JdbcStatementCounter.countOnRequestThreads();
			assertThat(firstFigure("/plans/2090/commitments/1", "lang=en")).isEqualTo("10 items");
			long statements = JdbcStatementCounter.countOnRequestThreads() - before;
			if (this.revision.current() == revisionBefore) {
				englishStatements = statements;
			}
		}
		assertThat(englishStatements)
			.as("the English page reads only the public revision: the data is the Chinese page's")
			.isEqualTo(1);

		Document board = page("/plans/2090");
		assertThat(board.selectFirst("#commitment-1 .indicator-figure").text()).isEqualTo("10个");
		assertThat(board.selectFirst("#chart-pace svg").attr("data-rate")).isEqualTo("10");

		approveSixty(plan);
		assertThat(firstFigure("/plans/2090/commitments/1", "lang=en")).isEqualTo("60 items");
		assertThat(firstFigure("/plans/2090/commitments/1")).isEqualTo("60个");
		assertThat(page("/plans/2090", "lang=en").selectFirst("#stat-overall dd").text()).isEqualTo("60%");
		board = page("/plans/2090");
		assertThat(board.selectFirst("#commitment-1 .indicator-figure").text())
			.as("the commitment's card, rendered again for its new figure")
			.isEqualTo("60个");
		assertThat(board.selectFirst("#chart-pace svg").attr("data-rate")).as("the chart too").isEqualTo("60");
	}

	@Test
	void eachLanguageIsCachedSeparately() {
		assertThat(firstFigure("/plans/2025/commitments/5")).isEqualTo("12家");
		assertThat(firstFigure("/plans/2025/commitments/5", "lang=en")).isEqualTo("12 labs");
		assertThat(firstFigure("/plans/2025/commitments/5")).isEqualTo("12家");
	}

}
