package org.minsheng.tracker.dashboard;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages issue a fixed number of SQL statements however much data there is.
 */
class StatementCountIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PlanFixtures fixtures;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@AfterEach
	void removeSyntheticData() {
		this.fixtures.removeSyntheticPlans();
	}

	private long count(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(get(path).statusCode()).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

	/**
	 * The statements of an uncached render of the page. Asking twice proves the first
	 * answer was rendered, not served by the page cache: a cache hit runs fewer
	 * statements (only the revision check), so a count taken from the cache would fail
	 * here rather than pass for a small one.
	 */
	private long statementsFor(String path) {
		long rendered = count(path);
		long cached = count(path);
		assertThat(rendered).as("%s was rendered, not answered from the page cache", path).isGreaterThan(cached);
		return rendered;
	}

	@Test
	void dashboardStatementsDoNotGrowWithTenTimesTheData() {
		this.fixtures.publishedPlan(2090, 4, 2, 2, 60);
		this.fixtures.publishedPlan(2091, 40, 2, 20, 60);
		long small = statementsFor("/plans/2090");
		long large = statementsFor("/plans/2091");
		assertThat(small).isPositive();
		assertThat(large).isEqualTo(small);
		assertThat(page("/plans/2091").select(".commitment-card")).hasSize(40);
		assertThat(page("/plans/2091").select("#chart-years")).as("the year comparison is counted too").hasSize(1);
	}

	@Test
	void commitmentAndCountyPagesDoNotGrowEither() {
		this.fixtures.publishedPlan(2090, 2, 1, 1, 10);
		this.fixtures.publishedPlan(2091, 2, 10, 10, 10);
		assertThat(statementsFor("/plans/2091/commitments/1")).isEqualTo(statementsFor("/plans/2090/commitments/1"));
		long countyBefore = statementsFor("/counties/yuci");
		this.fixtures.publishedPlan(2092, 20, 3, 3, 10);
		assertThat(statementsFor("/counties/yuci")).isEqualTo(countyBefore);
	}

}
