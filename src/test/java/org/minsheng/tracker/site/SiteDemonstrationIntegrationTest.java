package org.minsheng.tracker.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.plan.Plans;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.SiteFixtures;
import org.minsheng.tracker.system.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration sites (the {@code demo} profile's runner, called here directly): only
 * the published 2026 plan's count indicators get them, each named as a demonstration,
 * with ratings and one answered problem report; without a 2026 plan nothing happens, and
 * the real 2025 plan never gets any.
 */
class SiteDemonstrationIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PlanCatalog catalog;

	@Autowired
	private CountyDirectory counties;

	@Autowired
	private Sites sites;

	@Autowired
	private SiteFiling filing;

	@Autowired
	private SiteReviews reviews;

	@Autowired
	private SiteVoice voice;

	@Autowired
	private ProblemDesk problems;

	@Autowired
	private Plans plans;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SiteFixtures siteFixtures;

	@AfterEach
	void removeTheDemonstration() {
		this.siteFixtures.removeSites();
		this.transaction.executeWithoutResult((status) -> {
			String plan = "SELECT id FROM plan WHERE plan_year = 2026";
			String commitments = "SELECT id FROM commitment WHERE plan_id IN (" + plan + ")";
			this.jdbc.update("DELETE FROM indicator WHERE commitment_id IN (" + commitments + ")");
			this.jdbc.update("DELETE FROM commitment WHERE plan_id IN (" + plan + ")");
			this.jdbc.update("DELETE FROM plan WHERE plan_year = 2026");
		});
	}

	private SiteDemonstration runner() {
		return new SiteDemonstration(this.catalog, this.counties, this.sites, this.filing, this.reviews, this.voice,
				this.problems, this.transaction);
	}

	@Test
	void withoutA2026PlanNothingHappens() {
		runner().run(null);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site", Integer.class)).isZero();
	}

	@Test
	void thePublished2026PlansCountIndicatorsGetDemonstrationSites() {
		this.transaction.executeWithoutResult((status) -> {
			Plan plan = Plan.draft(2026, new LocalizedText("演示计划 2026", "Demonstration plan 2026"), null);
			Commitment commitment = plan.addCommitment(new LocalizedText("演示实事", "Demonstration commitment"),
					Area.ELDERLY_CARE);
			commitment.addIndicator(new LocalizedText("社区食堂", "Community canteens"), IndicatorKind.COUNT,
					new LocalizedText("个", "canteens"), Target.of(20));
			commitment.addIndicator(new LocalizedText("满意度", "Satisfaction"), IndicatorKind.PERCENTAGE, null,
					Target.of(90));
			plan.publish();
			this.plans.save(plan);
		});

		runner().run(null);
		runner().run(null);

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site WHERE demonstration", Integer.class))
			.as("three sites for the one count indicator, added once")
			.isEqualTo(3);
		assertThat(
				this.jdbc.queryForList("SELECT name FROM site_revision WHERE review_state = 'APPROVED'", String.class))
			.hasSize(3)
			.allSatisfy((name) -> assertThat(name).startsWith("【演示】"));
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM site s JOIN indicator i ON i.id = s.indicator_id JOIN commitment c ON c.id = i.commitment_id "
						+ "JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site_rating", Integer.class)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM site_problem WHERE state = 'PUBLISHED' AND reply IS NOT NULL", Integer.class))
			.isEqualTo(1);
		Long site = this.jdbc.queryForObject("SELECT MIN(id) FROM site", Long.class);
		assertThat(page("/sites/" + site).select(".demonstration-note").text()).contains("演示数据");
		assertThat(page("/plans/2026/commitments/1").select(".commitment-sites .demonstration-note")).isNotEmpty();
	}

}
