package org.minsheng.tracker.progress;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each approved report's current interval ({@code current_from},
 * {@code current_until}): when it became its indicator's current report and when a
 * greater one replaced it ({@link AsOf#NO_CUTOFF} while none has; both null if it never
 * was current). The current report as of a cutoff is the approved report, approved before
 * the cutoff, with the greatest (as-of date, approval, id); storing the interval turns
 * that rule into an index look-up ({@link ProgressReports#IS_CURRENT}). The intervals are
 * recomputed from the approvals whenever they change: on approval (in the same
 * transaction), and after writing or deleting reports straight in the tables.
 */
@Component
public class CurrentReports {

	/**
	 * A report is current from its approval if it is the greatest of the reports approved
	 * by then (ties of approval included), until the first approval of a greater one, or
	 * until {@link AsOf#NO_CUTOFF} while no greater one is approved. Migration V72
	 * backfilled the existing rows with the same statement.
	 */
	private static final String RECOMPUTE = """
			MERGE INTO progress_report t
			USING (
			    SELECT id,
			        CASE WHEN k = MAX(k) OVER (PARTITION BY indicator_id ORDER BY approved_at) THEN approved_at END AS new_from,
			        CASE WHEN k = MAX(k) OVER (PARTITION BY indicator_id ORDER BY approved_at)
			            THEN COALESCE(MIN(approved_at) OVER (PARTITION BY indicator_id ORDER BY k
			                ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING),
			                TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00') END AS new_until
			    FROM (
			        SELECT id, indicator_id, approved_at,
			            ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY as_of, approved_at, id) AS k
			        FROM progress_report
			        WHERE review_state = 'APPROVED' AND indicator_id IN (%s)
			    ) ranked
			) s ON t.id = s.id
			WHEN MATCHED AND (t.current_from IS DISTINCT FROM s.new_from OR t.current_until IS DISTINCT FROM s.new_until)
			    THEN UPDATE SET current_from = s.new_from, current_until = s.new_until""";

	private final NamedParameterJdbcTemplate jdbc;

	CurrentReports(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes, until the transaction ends, the lock on each of these indicators that
	 * approvals of its reports take. An approval takes it before it writes any report:
	 * taken after, two approvals of one indicator at once each held a report the other's
	 * recomputation had to write, and PostgreSQL ended one of them as a deadlock.
	 * @param indicatorIds the indicators about to change
	 */
	@Transactional
	public void lock(Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return;
		}
		this.jdbc.queryForList("SELECT id FROM indicator WHERE id IN (:ids) ORDER BY id FOR UPDATE",
				Map.of("ids", indicatorIds.stream().distinct().sorted().toList()), Long.class);
	}

	/**
	 * Recomputes the intervals of these indicators' reports, holding the lock on each
	 * indicator ({@link #lock}) so that two approvals of the same indicator at once each
	 * see the other's.
	 * @param indicatorIds the indicators whose approvals changed
	 */
	@Transactional
	public void recompute(Collection<Long> indicatorIds) {
		if (indicatorIds.isEmpty()) {
			return;
		}
		lock(indicatorIds);
		this.jdbc.update(RECOMPUTE.formatted(":ids"),
				Map.of("ids", indicatorIds.stream().distinct().sorted().toList()));
	}

	/**
	 * Recomputes the intervals of every report of a plan, for reports written straight in
	 * the tables (generated or demonstration data).
	 * @param planId the plan
	 */
	@Transactional
	public void recomputePlan(long planId) {
		this.jdbc.update(RECOMPUTE.formatted("SELECT i.id FROM indicator i JOIN commitment c ON c.id = i.commitment_id "
				+ "WHERE c.plan_id = :planId"), Map.of("planId", planId));
	}

}
