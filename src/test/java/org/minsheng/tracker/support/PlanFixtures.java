package org.minsheng.tracker.support;

import java.time.Instant;
import java.time.LocalDate;

import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.Plans;
import org.minsheng.tracker.plan.Target;
import org.minsheng.tracker.progress.CurrentReports;
import org.minsheng.tracker.progress.Figure;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ProgressReports;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds synthetic plans through the domain's own methods, for tests only. Synthetic
 * plans use years from {@link #FIRST_SYNTHETIC_YEAR} on, are titled as synthetic, and are
 * removed after each test so that they never mix with the real plan.
 */
@Component
public class PlanFixtures {

	public static final int FIRST_SYNTHETIC_YEAR = 2090;

	private final Plans plans;

	private final ProgressReports reports;

	private final CountyDirectory counties;

	private final PublicRevision revision;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final CurrentReports current;

	PlanFixtures(Plans plans, ProgressReports reports, CountyDirectory counties, PublicRevision revision,
			TransactionTemplate transaction, JdbcTemplate jdbc, CurrentReports current) {
		this.current = current;
		this.plans = plans;
		this.reports = reports;
		this.counties = counties;
		this.revision = revision;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	/**
	 * A published synthetic plan: each commitment has {@code indicatorsEach} count
	 * indicators with target 100, each with {@code reportsEach} approved reports (the
	 * last one at {@code lastValue}) and a county breakdown on the first county.
	 */
	public Plan publishedPlan(int year, int commitments, int indicatorsEach, int reportsEach, long lastValue) {
		if (year < FIRST_SYNTHETIC_YEAR) {
			throw new IllegalArgumentException("synthetic plans use years from " + FIRST_SYNTHETIC_YEAR);
		}
		return this.transaction.execute((status) -> {
			County county = this.counties.all().get(0);
			Plan plan = Plan.draft(year, new LocalizedText("合成测试计划 " + year, "Synthetic test plan " + year), null);
			for (int c = 1; c <= commitments; c++) {
				Commitment commitment = plan.addCommitment(new LocalizedText("合成实事 " + c, "Synthetic commitment " + c),
						Area.values()[c % 5]);
				for (int i = 1; i <= indicatorsEach; i++) {
					commitment.addIndicator(new LocalizedText("合成指标 " + i, "Synthetic indicator " + i),
							IndicatorKind.COUNT, new LocalizedText("个", "items"), Target.of(100));
				}
			}
			plan.publish();
			this.plans.save(plan);
			Instant now = Instant.now();
			for (Commitment commitment : plan.getCommitments()) {
				for (Indicator indicator : commitment.getIndicators()) {
					for (int r = 1; r <= reportsEach; r++) {
						long value = (r == reportsEach) ? lastValue : lastValue * r / reportsEach;
						ProgressReport report = ProgressReport.draftFigure(indicator, LocalDate.of(year, 1, r),
								Figure.exactly(value), now);
						report.addCountyFigure(county, java.math.BigDecimal.valueOf(value));
						report.submit(now);
						report.approve(null, now.plusSeconds(r));
						this.reports.save(report);
					}
				}
			}
			this.reports.flush();
			this.current.recomputePlan(plan.getId());
			this.revision.bump();
			return plan;
		});
	}

	/** Removes every synthetic plan and what hangs off it. */
	public void removeSyntheticPlans() {
		this.transaction.executeWithoutResult((status) -> {
			String plansClause = "SELECT id FROM plan WHERE plan_year >= " + FIRST_SYNTHETIC_YEAR;
			String commitmentsClause = "SELECT id FROM commitment WHERE plan_id IN (" + plansClause + ")";
			String indicatorsClause = "SELECT id FROM indicator WHERE commitment_id IN (" + commitmentsClause + ")";
			String reportsClause = "SELECT id FROM progress_report WHERE indicator_id IN (" + indicatorsClause + ")";
			this.jdbc.update("DELETE FROM report_county_figure WHERE report_id IN (" + reportsClause + ")");
			this.jdbc.update("DELETE FROM progress_report WHERE indicator_id IN (" + indicatorsClause + ")");
			this.jdbc.update("DELETE FROM indicator WHERE commitment_id IN (" + commitmentsClause + ")");
			this.jdbc.update("DELETE FROM commitment_county WHERE commitment_id IN (" + commitmentsClause + ")");
			this.jdbc.update("DELETE FROM commitment WHERE plan_id IN (" + plansClause + ")");
			this.jdbc.update("DELETE FROM plan WHERE plan_year >= " + FIRST_SYNTHETIC_YEAR);
			this.revision.bump();
		});
	}

}
