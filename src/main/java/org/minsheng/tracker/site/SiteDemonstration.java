package org.minsheng.tracker.site;

import java.time.LocalDate;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.minsheng.tracker.chart.CountyOutlines;
import org.minsheng.tracker.county.County;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demonstration sites, only under the {@code demo} profile: after the demonstration plan
 * of {@value #YEAR} is created (its runner is ordered 100), every count indicator of that
 * published plan gets a few sites, each named as a demonstration (the sources list no
 * real site, and the real 2025 plan never gets any here), with ratings, and the first one
 * a problem report, published, with the department's reply. Without a published
 * {@value #YEAR} plan it logs that and does nothing; indicators that already have sites
 * are left alone, so a restart adds nothing twice.
 */
@Component
@Profile("demo")
@Order(200)
class SiteDemonstration implements ApplicationRunner {

	static final int YEAR = 2026;

	static final String ACTOR = "demonstration";

	private static final Log logger = LogFactory.getLog(SiteDemonstration.class);

	private final PlanCatalog catalog;

	private final CountyDirectory counties;

	private final Sites sites;

	private final SiteFiling filing;

	private final SiteReviews reviews;

	private final SiteVoice voice;

	private final ProblemDesk problems;

	private final TransactionTemplate transaction;

	SiteDemonstration(PlanCatalog catalog, CountyDirectory counties, Sites sites, SiteFiling filing,
			SiteReviews reviews, SiteVoice voice, ProblemDesk problems, TransactionTemplate transaction) {
		this.catalog = catalog;
		this.counties = counties;
		this.sites = sites;
		this.filing = filing;
		this.reviews = reviews;
		this.voice = voice;
		this.problems = problems;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Plan plan = this.catalog.publishedPlan(YEAR).orElse(null);
		if (plan == null) {
			logger.info("No published " + YEAR + " plan: no demonstration sites added");
			return;
		}
		Integer added = this.transaction.execute((status) -> addSites(plan));
		logger.info("Demonstration sites added to the " + YEAR + " plan: " + added);
	}

	private int addSites(Plan plan) {
		List<County> all = this.counties.all();
		List<CountyOutlines.Outline> outlines = CountyOutlines.jinzhong().outlines();
		int added = 0;
		boolean reported = false;
		for (Commitment commitment : this.catalog.commitmentsOf(plan)) {
			for (Indicator indicator : commitment.getIndicators()) {
				if (indicator.getKind() != IndicatorKind.COUNT || this.sites.existsByIndicatorId(indicator.getId())) {
					continue;
				}
				for (int n = 0; n < 3; n++) {
					County county = all.get((commitment.getNumber() + indicator.getPosition() + n * 4) % all.size());
					Long siteId = this.filing.fileNew(indicator, details(commitment, indicator, county, outlines, n),
							null, null, commitment.getLeadDepartment(), ACTOR, true);
					this.reviews.approveFiledAs(siteId, ACTOR);
					this.voice.rate(siteId, true, "demonstration-" + n);
					added++;
					if (!reported) {
						reportAndAnswer(siteId);
						reported = true;
					}
				}
			}
		}
		return added;
	}

	private SiteDetails details(Commitment commitment, Indicator indicator, County county,
			List<CountyOutlines.Outline> outlines, int n) {
		String name = "【演示】" + indicator.getName().zh() + " 示例点位" + (n + 1);
		String address = "演示地址（虚构）：" + county.getName().zh() + "第" + commitment.getNumber() + "-"
				+ indicator.getPosition() + "-" + (n + 1) + "号";
		Coordinates position = outlines.stream()
			.filter((o) -> o.code().equals(county.getCode()))
			.findFirst()
			.map((o) -> MapProjection.JINZHONG.at(o.labelX() + 4 * n - 4, o.labelY() + 6))
			.orElse(null);
		SiteState state = (n == 2) ? SiteState.UNDER_CONSTRUCTION : SiteState.IN_SERVICE;
		return new SiteDetails(name, address, county, position,
				(state == SiteState.IN_SERVICE) ? LocalDate.of(YEAR, 3, 1 + n) : null, state);
	}

	private void reportAndAnswer(Long siteId) {
		Long problemId = this.voice.reportAsDemonstration(siteId,
				new ProblemReport(ProblemCategory.BROKEN, "【演示】示例问题：设施的显示屏不亮（演示数据，非真实反映）。", null, null));
		this.problems.publishAs(problemId, ACTOR);
		this.problems.answerAs(problemId, ACTOR, "【演示】示例回复：已派人检修，显示屏已更换（演示数据）。", true);
	}

}
