package org.minsheng.tracker.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

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
import org.minsheng.tracker.system.ClockConfiguration;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for keeping the year on track: a synthetic draft plan, and ids of synthetic
 * indicators and commitments. Milestones, changes, watch-list entries and funding hang
 * off indicators and commitments with ON DELETE CASCADE, so
 * {@link PlanFixtures#removeSyntheticPlans()} removes them too.
 */
@Component
public class PaceFixtures {

	/** The past year of {@link #pastPlan}: no real plan has it. */
	public static final int PAST_YEAR = 2024;

	private final Plans plans;

	private final ProgressReports reports;

	private final PublicRevision revision;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final CurrentReports current;

	PaceFixtures(Plans plans, ProgressReports reports, PublicRevision revision, TransactionTemplate transaction,
			JdbcTemplate jdbc, CurrentReports current) {
		this.current = current;
		this.plans = plans;
		this.reports = reports;
		this.revision = revision;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	private static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(ClockConfiguration.CITY_ZONE).toInstant();
	}

	/**
	 * A published synthetic plan of {@link #PAST_YEAR} (titled as synthetic, removed by
	 * {@link #removePastPlan()}) whose figures were approved at fixed moments of that
	 * year, for the monthly bulletin of June: commitment 1 delivered in February; 2 ahead
	 * of its milestones from June on (no figure in May), with funding; 3 missed its March
	 * milestone and is on the watch list since 5 June; 4 behind the calendar in May and
	 * on track in June; 5 a qualitative task without a figure.
	 */
	public Plan pastPlan() {
		int year = PAST_YEAR;
		Plan saved = this.transaction.execute((status) -> {
			Plan plan = Plan.draft(year, new LocalizedText("【合成数据】月报测试计划", "[Synthetic] bulletin test plan"), null);
			String[] titles = { "合成实事甲", "合成实事乙", "合成实事丙", "合成实事丁", "合成实事戊" };
			String[] english = { "Synthetic A", "Synthetic B", "Synthetic C", "Synthetic D", "Synthetic E" };
			for (int c = 0; c < titles.length; c++) {
				Commitment commitment = plan.addCommitment(new LocalizedText(titles[c], english[c]),
						Area.values()[c % 5]);
				if (c == 4) {
					commitment.addIndicator(new LocalizedText("合成定性任务", "Synthetic task"), IndicatorKind.QUALITATIVE,
							null, Target.NONE);
				}
				else {
					commitment.addIndicator(new LocalizedText("合成指标", "Synthetic indicator"), IndicatorKind.COUNT,
							new LocalizedText("个", "items"), Target.of((c == 0) ? 10 : 100));
				}
			}
			plan.publish();
			this.plans.save(plan);
			approve(plan, 1, 10, "2024-02-10", "2024-02-12T10:00:00");
			approve(plan, 2, 80, "2024-06-10", "2024-06-12T10:00:00");
			approve(plan, 3, 10, "2024-03-01", "2024-03-05T10:00:00");
			approve(plan, 4, 30, "2024-05-10", "2024-05-15T10:00:00");
			approve(plan, 4, 45, "2024-06-20", "2024-06-25T10:00:00");
			this.reports.flush();
			this.current.recomputePlan(plan.getId());
			return plan;
		});
		Long second = commitmentId(year, 2);
		milestone(indicatorId(year, 2, 1), "2024-06-30", 50);
		milestone(indicatorId(year, 2, 1), "2024-12-31", 100);
		milestone(indicatorId(year, 3, 1), "2024-03-31", 30);
		this.jdbc.update(
				"INSERT INTO watch_entry (commitment_id, reason, deadline, placed_by, placed_at) "
						+ "VALUES (?, ?, ?, ?, ?)",
				commitmentId(year, 3), "错过3月底的里程碑", LocalDate.parse("2024-08-31"), "test-reviewer",
				java.sql.Timestamp.from(at("2024-06-05T09:00:00")));
		this.jdbc.update("INSERT INTO funding_report (commitment_id, as_of, planned_city, planned_county, "
				+ "planned_provincial, planned_central, planned_other, spent, explanation, review_state, filer_name, "
				+ "filed_at, reviewed_at) VALUES (?, ?, 600, 0, 0, 400, 0, 300, ?, 'APPROVED', 'test-editor', ?, ?)",
				second, LocalDate.parse("2024-06-15"), "设备招标延期", java.sql.Timestamp.from(at("2024-06-16T09:00:00")),
				java.sql.Timestamp.from(at("2024-06-20T09:00:00")));
		this.revision.bump();
		return saved;
	}

	private void approve(Plan plan, int number, long value, String asOf, String approvedAt) {
		Indicator indicator = plan.getCommitments().get(number - 1).getIndicators().get(0);
		ProgressReport report = ProgressReport.draftFigure(indicator, LocalDate.parse(asOf), Figure.exactly(value),
				at(approvedAt).minusSeconds(3600));
		report.submit(at(approvedAt).minusSeconds(600));
		report.approve(null, at(approvedAt));
		this.reports.save(report);
	}

	private void milestone(Long indicatorId, String due, long value) {
		this.jdbc.update("INSERT INTO milestone (indicator_id, due_on, planned_value) VALUES (?, ?, ?)", indicatorId,
				LocalDate.parse(due), BigDecimal.valueOf(value));
	}

	public Long commitmentId(int year, int number) {
		return this.jdbc.queryForObject(
				"SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ? AND c.number = ?",
				Long.class, year, number);
	}

	/** Removes the plan of {@link #PAST_YEAR} and what hangs off it. */
	public void removePastPlan() {
		this.transaction.executeWithoutResult((status) -> {
			String plansClause = "SELECT id FROM plan WHERE plan_year = " + PAST_YEAR;
			String commitmentsClause = "SELECT id FROM commitment WHERE plan_id IN (" + plansClause + ")";
			String indicatorsClause = "SELECT id FROM indicator WHERE commitment_id IN (" + commitmentsClause + ")";
			String reportsClause = "SELECT id FROM progress_report WHERE indicator_id IN (" + indicatorsClause + ")";
			this.jdbc.update("DELETE FROM report_county_figure WHERE report_id IN (" + reportsClause + ")");
			this.jdbc.update("DELETE FROM progress_report WHERE indicator_id IN (" + indicatorsClause + ")");
			this.jdbc.update("DELETE FROM indicator WHERE commitment_id IN (" + commitmentsClause + ")");
			this.jdbc.update("DELETE FROM commitment_county WHERE commitment_id IN (" + commitmentsClause + ")");
			this.jdbc.update("DELETE FROM commitment WHERE plan_id IN (" + plansClause + ")");
			this.jdbc.update("DELETE FROM plan WHERE plan_year = " + PAST_YEAR);
			this.revision.bump();
		});
	}

	/**
	 * A synthetic draft plan with one commitment: a count indicator (target 100) and a
	 * qualitative task.
	 */
	public Plan draftPlan(int year) {
		if (year < PlanFixtures.FIRST_SYNTHETIC_YEAR) {
			throw new IllegalArgumentException("synthetic plans use years from " + PlanFixtures.FIRST_SYNTHETIC_YEAR);
		}
		return this.transaction.execute((status) -> {
			Plan plan = Plan.draft(year, new LocalizedText("合成草案 " + year, "Synthetic draft " + year), null);
			Commitment commitment = plan.addCommitment(new LocalizedText("合成实事", "Synthetic commitment"),
					Area.values()[0]);
			commitment.addIndicator(new LocalizedText("合成指标", "Synthetic indicator"), IndicatorKind.COUNT,
					new LocalizedText("个", "items"), Target.of(100));
			commitment.addIndicator(new LocalizedText("合成定性任务", "Synthetic task"), IndicatorKind.QUALITATIVE, null,
					Target.NONE);
			return this.plans.save(plan);
		});
	}

	public Long indicatorId(int year, int number, int position) {
		return this.jdbc.queryForObject(
				"SELECT i.id FROM indicator i JOIN commitment c ON c.id = i.commitment_id "
						+ "JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = ? AND c.number = ? AND i.position = ?",
				Long.class, year, number, position);
	}

	/** How many audit events of this action concern this subject. */
	public long audited(String action, Long subjectId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_id = ?",
				Long.class, action, subjectId);
	}

}
