package org.minsheng.tracker.support;

import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what tests of the annual cycle made for the synthetic years (from
 * {@link PlanFixtures#FIRST_SYNTHETIC_YEAR}): candidates, votes, notices, comments and
 * objections, evaluations and ratings; then the synthetic plans the votes drafted.
 */
@Component
public class CycleFixtures {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PlanFixtures plans;

	private final PublicRevision revision;

	CycleFixtures(JdbcTemplate jdbc, TransactionTemplate transaction, PlanFixtures plans, PublicRevision revision) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.plans = plans;
		this.revision = revision;
	}

	public void removeCycles() {
		int first = PlanFixtures.FIRST_SYNTHETIC_YEAR;
		this.transaction.executeWithoutResult((status) -> {
			String commitments = "SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year >= "
					+ first;
			String candidates = "SELECT id FROM candidate_project WHERE cycle_year >= " + first;
			this.jdbc.update("DELETE FROM commitment_rating WHERE commitment_id IN (" + commitments + ")");
			this.jdbc.update("DELETE FROM commitment_evaluation WHERE commitment_id IN (" + commitments + ")");
			this.jdbc.update("DELETE FROM resident_remark WHERE candidate_id IN (" + candidates + ") OR notice_year >= "
					+ first);
			this.jdbc.update("DELETE FROM plan_notice WHERE plan_year >= " + first);
			this.jdbc.update("DELETE FROM vote_tally WHERE candidate_id IN (" + candidates + ")");
			this.jdbc.update("DELETE FROM vote_session WHERE cycle_year >= " + first);
			this.jdbc.update("DELETE FROM candidate_support WHERE candidate_id IN (" + candidates + ")");
			this.jdbc.update("DELETE FROM candidate_indicator WHERE candidate_id IN (" + candidates + ")");
			this.jdbc.update("DELETE FROM candidate_county WHERE candidate_id IN (" + candidates + ")");
			this.jdbc.update("DELETE FROM candidate_suggestion WHERE candidate_id IN (" + candidates + ")");
			this.jdbc.update("DELETE FROM candidate_project WHERE cycle_year >= " + first);
			this.jdbc.update("DELETE FROM solicitation_window WHERE cycle_year >= " + first);
			this.jdbc.update("DELETE FROM rate_limit_bucket");
			this.revision.bump();
		});
		this.plans.removeSyntheticPlans();
	}

}
