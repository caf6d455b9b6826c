package org.minsheng.tracker.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.MutableClock;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The current report as of a cutoff read from the kept intervals
 * ({@link ProgressReports#IS_CURRENT}) is exactly the one the rule names: the approved
 * report, approved before the cutoff, with the greatest (as-of date, approval, id),
 * written here as the correlated {@code NOT EXISTS} the portal used before. Random
 * histories are filed, approved and rejected through the real services on a clock the
 * test moves (equal approvals, as-of ties, late reports with an older as-of date, the
 * clock set back), and the two are compared at every approval instant, just before and
 * after it, and with no cutoff.
 */
@Import(CurrentReportsIntegrationTest.MovableClock.class)
class CurrentReportsIntegrationTest extends PortalIntegrationTest {

	private static final String OLD_IS_CURRENT = """
			r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and r.approvedAt < :cutoff
			and not exists (select 1 from ProgressReport n
				where n.indicator = r.indicator
				and n.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and n.approvedAt < :cutoff
				and (n.asOf > r.asOf or (n.asOf = r.asOf and (n.approvedAt > r.approvedAt
					or (n.approvedAt = r.approvedAt and n.id > r.id)))))""";

	private static final List<String> DAYS = List.of("2025-03-31", "2025-06-30", "2025-06-30", "2025-09-30",
			"2025-12-31");

	@TestConfiguration
	static class MovableClock {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Instant.parse("2026-01-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

	@Autowired
	private MutableClock clock;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFilingService filing;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private ProgressReports reports;

	@Autowired
	private EntityManager entities;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CurrentReports current;

	@AfterEach
	void removeTestReports() {
		this.staff.removeTestAccounts();
	}

	@Test
	void theKeptIntervalsNameTheSameReportsAsTheRuleAtEveryCutoff() {
		Department department = this.staff.department("interval", "测试局");
		List<Long> indicators = new ArrayList<>();
		for (int number = 1; number <= 5; number++) {
			indicators.add(this.staff.lead(2025, number, department));
		}
		this.staff.user("editor", department, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		Map<Long, String> kinds = indicators.stream()
			.collect(Collectors.toMap((id) -> id,
					(id) -> this.jdbc.queryForObject("SELECT kind FROM indicator WHERE id = ?", String.class, id)));
		Random random = new Random(11);
		int approvals = 0;
		int rejections = 0;
		for (int step = 0; step < 240; step++) {
			int action = random.nextInt(10);
			List<Long> pending = this.jdbc.queryForList("SELECT r.id FROM progress_report r JOIN app_user u "
					+ "ON u.id = r.filed_by WHERE u.username = 'test-editor' AND r.review_state = 'SUBMITTED' "
					+ "ORDER BY r.id", Long.class);
			if (action < 4 || pending.isEmpty()) {
				file(indicators.get(random.nextInt(indicators.size())), kinds, random);
			}
			else if (action < 8) {
				Long id = pending.get(random.nextInt(pending.size()));
				this.reviews.approve(id, version(id), "核对后更正", this.staff.member("reviewer"));
				approvals++;
			}
			else {
				Long id = pending.get(random.nextInt(pending.size()));
				this.reviews.reject(id, version(id), "没有佐证", this.staff.member("reviewer"));
				rejections++;
			}
			moveClock(random);
		}
		assertThat(approvals).as("approvals").isGreaterThan(40);
		assertThat(rejections).as("rejections").isGreaterThan(10);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE indicator_id IN ("
				+ indicators.stream().map(String::valueOf).collect(Collectors.joining(","))
				+ ") AND review_state = 'APPROVED' AND current_from IS NULL", Long.class))
			.as("approved reports that were never current (late, older as-of dates)")
			.isPositive();

		TreeSet<Instant> cutoffs = new TreeSet<>(this.jdbc
			.queryForList("SELECT approved_at FROM progress_report WHERE approved_at IS NOT NULL",
					java.sql.Timestamp.class)
			.stream()
			.map(java.sql.Timestamp::toInstant)
			.toList());
		List<Instant> around = new ArrayList<>();
		for (Instant approval : cutoffs) {
			around.add(approval.minusNanos(1_000));
			around.add(approval);
			around.add(approval.plusNanos(1_000));
		}
		around.add(Instant.parse("2020-01-01T00:00:00Z"));
		around.add(AsOf.NO_CUTOFF);
		int compared = 0;
		for (Instant cutoff : around) {
			assertThat(currentByKeptIntervals(indicators, cutoff)).as("current reports as of %s", cutoff)
				.isEqualTo(currentByTheRule(indicators, cutoff));
			compared++;
		}
		assertThat(compared).isGreaterThan(150);
	}

	@Test
	void theStoredIntervalsAreThoseARecomputationGives() {
		String intervals = "SELECT id, current_from, current_until FROM progress_report ORDER BY id";
		List<Map<String, Object>> stored = this.jdbc.queryForList(intervals);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE current_from IS NOT NULL "
				+ "AND current_until = TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00'", Long.class))
			.as("approved seed reports current until further notice")
			.isPositive();
		this.transaction.executeWithoutResult(
				(status) -> this.current.recompute(this.jdbc.queryForList("SELECT id FROM indicator", Long.class)));
		assertThat(this.jdbc.queryForList(intervals)).isEqualTo(stored);
	}

	private void file(Long indicator, Map<Long, String> kinds, Random random) {
		ReportForm form = new ReportForm();
		form.setIndicatorId(indicator);
		if ("QUALITATIVE".equals(kinds.get(indicator))) {
			form.setTaskDone(random.nextBoolean());
		}
		else {
			form.setValue(String.valueOf(random.nextInt(101)));
			form.setConfirmLarge(true);
		}
		form.setAsOf(DAYS.get(random.nextInt(DAYS.size())));
		form.setCorrectionReason("重新核对");
		FilingResult result = this.filing.file(form.toFiling(), null, true, this.staff.member("editor"));
		assertThat(result.problems()).as("problems of the filing").isEmpty();
	}

	/**
	 * Mostly forwards by up to three hours, sometimes not at all (equal approvals),
	 * sometimes back by six hours (an approval earlier than others already made).
	 */
	private void moveClock(Random random) {
		int move = random.nextInt(10);
		Duration by = (move < 3) ? Duration.ZERO
				: (move == 9) ? Duration.ofHours(-6) : Duration.ofMinutes(1 + random.nextInt(180));
		this.clock.set(this.clock.instant().plus(by));
	}

	private Long version(Long id) {
		return this.jdbc.queryForObject("SELECT version FROM progress_report WHERE id = ?", Long.class, id);
	}

	private List<Long> currentByKeptIntervals(List<Long> indicators, Instant cutoff) {
		return this.transaction.execute((status) -> this.reports.findCurrentOfIndicators(indicators, cutoff)
			.stream()
			.map(ProgressReport::getId)
			.sorted()
			.toList());
	}

	private List<Long> currentByTheRule(List<Long> indicators, Instant cutoff) {
		return this.transaction.execute(
				(status) -> this.entities
					.createQuery("select r.id from ProgressReport r where r.indicator.id in :indicatorIds and "
							+ OLD_IS_CURRENT, Long.class)
					.setParameter("indicatorIds", indicators)
					.setParameter("cutoff", cutoff)
					.getResultList()
					.stream()
					.sorted()
					.toList());
	}

}
