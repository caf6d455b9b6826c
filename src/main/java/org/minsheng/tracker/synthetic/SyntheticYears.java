package org.minsheng.tracker.synthetic;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.minsheng.tracker.progress.CurrentReports;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes synthetic published plans straight into the tables (batched JDBC, one
 * transaction a year), so that twenty years load in about a minute on PostgreSQL. Every
 * plan and commitment title starts with {@link #MARK} (and its English counterpart), and
 * {@link #remove()} deletes exactly those plans. Figures are drawn from a fixed seed: the
 * same shape always gives the same data.
 */
public class SyntheticYears {

	/** Starts every synthetic title in Chinese. */
	public static final String MARK = "【合成数据】";

	/** Starts every synthetic title in English. */
	public static final String MARK_EN = "[Synthetic] ";

	private static final String[] AREAS = { "HEALTH", "SOCIAL_SECURITY", "ELDERLY_CARE", "HOUSING", "FOOD_SAFETY",
			"AGRICULTURE", "CULTURE_TOURISM", "SPORTS", "DIGITAL", "BUSINESS", "EDUCATION", "ECOLOGY", "TRANSPORT" };

	private static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PublicRevision revision;

	private final CurrentReports current;

	public SyntheticYears(JdbcTemplate jdbc, TransactionTemplate transaction, PublicRevision revision,
			CurrentReports current) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.revision = revision;
		this.current = current;
	}

	/** Whether any synthetic plan is in the database. */
	public boolean present() {
		Integer plans = this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE title_zh LIKE ?", Integer.class,
				MARK + "%");
		return plans != null && plans > 0;
	}

	/**
	 * Adds the synthetic years of this shape. Refuses a year that already has a plan.
	 * @param shape what to generate
	 * @return the number of reports written
	 */
	public long generate(SyntheticShape shape) {
		long written = 0;
		for (int year = shape.firstYear(); year <= shape.lastYear(); year++) {
			int planYear = year;
			Long reports = this.transaction.execute((status) -> generateYear(shape, planYear));
			written += (reports != null) ? reports : 0;
		}
		return written;
	}

	private long generateYear(SyntheticShape shape, int year) {
		Integer existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE plan_year = ?", Integer.class,
				year);
		if (existing != null && existing > 0) {
			throw new IllegalStateException("a plan for " + year + " exists already; synthetic years need empty ones");
		}
		Random random = new Random(year);
		this.jdbc.update(
				"INSERT INTO plan (plan_year, title_zh, title_en, status, note_zh, note_en) VALUES (?, ?, ?, 'PUBLISHED', ?, ?)",
				year, MARK + year + "年民生实事(合成)", MARK_EN + "Livelihood commitments " + year, "本计划为性能测试生成的合成数据,不是真实数据。",
				"Synthetic data generated for performance tests, not real figures.");
		long planId = this.jdbc.queryForObject("SELECT id FROM plan WHERE plan_year = ?", Long.class, year);
		List<Object[]> commitments = new ArrayList<>();
		for (int number = 1; number <= shape.commitments(); number++) {
			commitments.add(new Object[] { planId, number, MARK + "第" + number + "件实事",
					MARK_EN + "Commitment " + number, AREAS[(number - 1) % AREAS.length] });
		}
		this.jdbc.batchUpdate(
				"INSERT INTO commitment (plan_id, number, title_zh, title_en, area) VALUES (?, ?, ?, ?, ?)",
				commitments);
		List<Long> commitmentIds = this.jdbc.queryForList("SELECT id FROM commitment WHERE plan_id = ? ORDER BY number",
				Long.class, planId);
		List<Object[]> indicators = new ArrayList<>();
		for (Long commitmentId : commitmentIds) {
			for (int position = 1; position <= shape.indicators(); position++) {
				boolean percentage = position == 3;
				indicators.add(new Object[] { commitmentId, position, "合成指标" + position,
						"Synthetic indicator " + position, percentage ? "PERCENTAGE" : "COUNT", percentage ? "%" : "个",
						percentage ? "%" : "units", percentage ? 80 + random.nextInt(21) : 10 + random.nextInt(1990) });
			}
		}
		this.jdbc.batchUpdate(
				"INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				indicators);
		List<long[]> targets = this.jdbc.query(
				"SELECT i.id, i.target, i.position FROM indicator i JOIN commitment c ON c.id = i.commitment_id WHERE c.plan_id = ? ORDER BY i.id",
				(row, n) -> new long[] { row.getLong(1), row.getBigDecimal(2).longValue(), row.getInt(3) }, planId);
		List<Object[]> reports = new ArrayList<>();
		long written = 0;
		for (long[] indicator : targets) {
			double finish = 0.8 + random.nextDouble() * 0.4;
			for (int week = 1; week <= shape.weeks(); week++) {
				LocalDate asOf = LocalDate.of(year, 1, 1).plusWeeks(week).minusDays(1);
				long value = Math.round(indicator[1] * finish * week / shape.weeks());
				if (indicator[2] == 3 && value > 100) {
					value = 100;
				}
				Timestamp approved = Timestamp
					.from(asOf.plusDays(1).atTime(LocalTime.of(2, 0)).toInstant(ZoneOffset.UTC));
				Timestamp filed = Timestamp.from(approved.toInstant().minusSeconds(3600));
				reports.add(new Object[] { indicator[0], Date.valueOf(asOf), value, filed, filed, approved });
			}
			if (reports.size() >= BATCH) {
				written += insertReports(reports);
			}
		}
		written += insertReports(reports);
		this.current.recomputePlan(planId);
		if (!shape.countyFigures()) {
			this.revision.bump();
			return written;
		}
		this.jdbc.update("INSERT INTO report_county_figure (report_id, county_id, figure) "
				+ "SELECT r.id, k.id, ROUND(r.reported_value * k.sort_order / 66, 2) FROM progress_report r "
				+ "JOIN indicator i ON i.id = r.indicator_id JOIN commitment c ON c.id = i.commitment_id "
				+ "CROSS JOIN county k WHERE c.plan_id = ? AND i.position <= 2", planId);
		this.revision.bump();
		return written;
	}

	/** Writes these reports and empties the list (a year can hold a million of them). */
	private long insertReports(List<Object[]> reports) {
		this.jdbc.batchUpdate(
				"INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, review_state, created_at, submitted_at, approved_at) "
						+ "VALUES (?, ?, ?, FALSE, 'APPROVED', ?, ?, ?)",
				reports);
		long written = reports.size();
		reports.clear();
		return written;
	}

	/** Deletes every synthetic plan and everything hanging off it. */
	public void remove() {
		this.transaction.executeWithoutResult((status) -> {
			String plans = "SELECT id FROM plan WHERE title_zh LIKE '" + MARK + "%'";
			String commitments = "SELECT id FROM commitment WHERE plan_id IN (" + plans + ")";
			String indicators = "SELECT id FROM indicator WHERE commitment_id IN (" + commitments + ")";
			String reports = "SELECT id FROM progress_report WHERE indicator_id IN (" + indicators + ")";
			this.jdbc.update("DELETE FROM report_county_figure WHERE report_id IN (" + reports + ")");
			this.jdbc.update("DELETE FROM progress_report WHERE indicator_id IN (" + indicators + ")");
			this.jdbc.update("DELETE FROM indicator WHERE commitment_id IN (" + commitments + ")");
			this.jdbc.update("DELETE FROM commitment_county WHERE commitment_id IN (" + commitments + ")");
			this.jdbc.update("DELETE FROM commitment WHERE plan_id IN (" + plans + ")");
			this.jdbc.update("DELETE FROM plan WHERE title_zh LIKE '" + MARK + "%'");
			this.revision.bump();
		});
	}

}
