package org.minsheng.tracker.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The plans' reporting cycles ({@code reporting_cycle}); a plan without a row has the
 * default cycle.
 */
@Repository
class ReportingCycles {

	private final JdbcTemplate jdbc;

	ReportingCycles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every plan's own cycle by plan id (one small table, read whole). */
	Map<Long, ReportingCycle> all() {
		Map<Long, ReportingCycle> cycles = new HashMap<>();
		this.jdbc.query("SELECT plan_id, months_per_period, due_day, first_period_start FROM reporting_cycle", (rs) -> {
			cycles.put(rs.getLong(1),
					new ReportingCycle(rs.getInt(2), rs.getInt(3), YearMonth.from(rs.getObject(4, LocalDate.class))));
		});
		return cycles;
	}

}
