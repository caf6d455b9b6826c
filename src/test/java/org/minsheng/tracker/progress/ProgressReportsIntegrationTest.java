package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.Plans;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repositories and the schema's own constraints, on the configured database
 * (PostgreSQL in CI).
 */
class ProgressReportsIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PlanFixtures fixtures;

	@Autowired
	private ProgressReports reports;

	@Autowired
	private Plans plans;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeSyntheticData() {
		this.fixtures.removeSyntheticPlans();
	}

	@Test
	void currentFigureIsTheLatestApprovedAndDraftsAreNeverPublic() {
		Plan plan = this.fixtures.publishedPlan(2090, 1, 1, 3, 90);
		Long indicatorId = this.transaction.execute((status) -> {
			Indicator indicator = this.plans.findById(plan.getId())
				.orElseThrow()
				.getCommitments()
				.get(0)
				.getIndicators()
				.get(0);
			ProgressReport draft = ProgressReport.draftFigure(indicator, LocalDate.of(2090, 12, 1), Figure.exactly(99),
					Instant.now());
			this.reports.save(draft);
			ProgressReport submitted = ProgressReport.draftFigure(indicator, LocalDate.of(2090, 12, 2),
					Figure.exactly(98), Instant.now());
			submitted.submit(Instant.now());
			this.reports.save(submitted);
			return indicator.getId();
		});
		List<ProgressReport> current = this.transaction
			.execute((status) -> this.reports.findCurrentOfCommitments(this.plans.findById(plan.getId())
				.orElseThrow()
				.getCommitments()
				.stream()
				.map(org.minsheng.tracker.plan.Commitment::getId)
				.toList()));
		assertThat(current).hasSize(1);
		assertThat(current.get(0).reading().figure().value()).isEqualByComparingTo("90");
		assertThat(current.get(0).getAsOf()).isEqualTo(LocalDate.of(2090, 1, 3));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE indicator_id = ?", Long.class,
				indicatorId))
			.isEqualTo(5L);
	}

	@Test
	void historyListsApprovedReportsNewestFirst() {
		Plan plan = this.fixtures.publishedPlan(2090, 1, 1, 3, 90);
		List<LocalDate> dates = this.transaction
			.execute((status) -> this.reports
				.findApprovedHistory(this.plans.findById(plan.getId()).orElseThrow().getCommitments().get(0).getId(),
						java.time.Instant.parse("9999-12-31T00:00:00Z"))
				.stream()
				.map(ProgressReport::getAsOf)
				.toList());
		assertThat(dates).containsExactly(LocalDate.of(2090, 1, 3), LocalDate.of(2090, 1, 2), LocalDate.of(2090, 1, 1));
	}

	@Test
	void theDatabaseRefusesNegativeFiguresBadPercentagesAndDuplicateNumbers() {
		Plan plan = this.fixtures.publishedPlan(2090, 1, 1, 1, 10);
		Long commitmentId = this.jdbc.queryForObject("SELECT id FROM commitment WHERE plan_id = ?", Long.class,
				plan.getId());
		Long reportId = this.jdbc.queryForObject(
				"SELECT r.id FROM progress_report r JOIN indicator i ON i.id = r.indicator_id WHERE i.commitment_id = ?",
				Long.class, commitmentId);
		assertThatThrownBy(
				() -> this.jdbc.update("UPDATE progress_report SET reported_value = -1 WHERE id = ?", reportId))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update(
				"INSERT INTO indicator (commitment_id, position, name_zh, name_en, "
						+ "kind, unit_zh, unit_en, target) VALUES (?, 9, 'x', 'x', 'PERCENTAGE', '%', '%', 101)",
				commitmentId))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update("INSERT INTO commitment (plan_id, number, title_zh, title_en, area) "
				+ "VALUES (?, 1, 'x', 'x', 'HEALTH')", plan.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc
			.update("UPDATE progress_report SET review_state = 'APPROVED', approved_at = NULL WHERE id = ?", reportId))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForObject("SELECT reported_value FROM progress_report WHERE id = ?", BigDecimal.class,
				reportId))
			.isEqualByComparingTo("10");
	}

}
