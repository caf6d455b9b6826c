package org.minsheng.tracker.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reviewers deciding on the same report at the same moment, in real concurrent
 * transactions on the configured database (PostgreSQL in CI): one decision stands, the
 * other is refused, and nothing is silently overwritten.
 */
class ReviewConcurrencyIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private ReportFilingService filing;

	@Autowired
	private ProgressReports reports;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CurrentReports currentReports;

	private Long indicatorId;

	private StaffUser first;

	private StaffUser second;

	@BeforeEach
	void twoReviewersAndAnEditor() {
		Department housing = this.staff.department("housing", "市住建局");
		this.indicatorId = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.first = this.staff.user("first", Role.REVIEWER);
		this.second = this.staff.user("second", Role.REVIEWER);
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private Long submittedReport(int value) {
		ReportForm form = new ReportForm();
		form.setIndicatorId(this.indicatorId);
		form.setValue(String.valueOf(value));
		form.setAsOf("2025-12-31");
		return this.filing.file(form.toFiling(), null, true, this.staff.member("editor")).reportId();
	}

	private static String outcome(Callable<?> decision) {
		try {
			decision.call();
			return "done";
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			return "conflict";
		}
		catch (Exception ex) {
			return "unexpected: " + ex;
		}
	}

	/** Runs both decisions at the same moment; their outcomes in the same order. */
	private static List<String> atOnce(ExecutorService pool, Callable<?> first, Callable<?> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> running = new ArrayList<>();
		for (Callable<?> decision : List.of(first, second)) {
			running.add(pool.submit(() -> {
				start.await();
				return outcome(decision);
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : running) {
			outcomes.add(result.get(30, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	@Test
	void twoReviewersAtOnceOneDecisionStandsTheOtherIsRefused() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				Long reportId = submittedReport(47 + round);
				long version = this.reports.findById(reportId).orElseThrow().getVersion();
				List<String> outcomes = atOnce(pool,
						() -> this.reviews.approve(reportId, version, this.staff.member("first")), () -> {
							this.reviews.reject(reportId, version, "数字有误", this.staff.member("second"));
							return null;
						});
				assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("done", "conflict");
				String state = this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?",
						String.class, reportId);
				assertThat(state).isEqualTo(outcomes.get(0).equals("done") ? "APPROVED" : "REJECTED");
				assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? "
						+ "AND action IN ('REPORT_APPROVED', 'REPORT_REJECTED')", Long.class, reportId))
					.isEqualTo(1L);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void twoApprovalsOfOneIndicatorAtOnceLeaveOneCurrentFigure() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				Long lower = submittedReport(60 + 2 * round);
				Long higher = submittedReport(61 + 2 * round);
				long lowerVersion = this.reports.findById(lower).orElseThrow().getVersion();
				long higherVersion = this.reports.findById(higher).orElseThrow().getVersion();
				List<String> outcomes = atOnce(pool,
						() -> this.reviews.approve(lower, lowerVersion, this.staff.member("first")),
						() -> this.reviews.approve(higher, higherVersion, this.staff.member("second")));
				// The newer report is always approved; the older one too, unless the
				// newer's
				// approval came first and closed it as superseded.
				assertThat(outcomes.get(1)).as("round %d: the newer report", round).isEqualTo("done");
				assertThat(outcomes.get(0)).as("round %d: the older report", round).isIn("done", "conflict");
				// Exactly one current report (queryForObject refuses none or two): the
				// newer.
				assertThat(this.jdbc.queryForObject(
						"SELECT id FROM progress_report WHERE indicator_id = ? AND current_until = ?", Long.class,
						this.indicatorId, Timestamp.from(AsOf.NO_CUTOFF)))
					.as("round %d: the public figure is the newer report's", round)
					.isEqualTo(higher);
				String intervals = "SELECT id, current_from, current_until FROM progress_report "
						+ "WHERE indicator_id = ? ORDER BY id";
				List<Map<String, Object>> afterBoth = this.jdbc.queryForList(intervals, this.indicatorId);
				this.currentReports.recompute(List.of(this.indicatorId));
				assertThat(this.jdbc.queryForList(intervals, this.indicatorId))
					.as("round %d: the intervals are what the approvals make them", round)
					.isEqualTo(afterBoth);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void overlappingTransactionsCannotBothWrite() throws Exception {
		Long reportId = submittedReport(50);
		long versionBefore = this.jdbc.queryForObject("SELECT version FROM progress_report WHERE id = ?", Long.class,
				reportId);
		CyclicBarrier bothHaveRead = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (StaffUser reviewer : List.of(this.first, this.second)) {
				results.add(pool.submit(() -> outcome(() -> this.transaction.execute((status) -> {
					ProgressReport report = this.reports.findById(reportId).orElseThrow();
					try {
						bothHaveRead.await(10, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					if (reviewer == this.first) {
						report.approve(reviewer.getId(), Instant.now());
					}
					else {
						report.reject(reviewer.getId(), "请核实", Instant.now());
					}
					return null;
				}))));
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(outcomes).containsExactlyInAnyOrder("done", "conflict");
			assertThat(
					this.jdbc.queryForObject("SELECT version FROM progress_report WHERE id = ?", Long.class, reportId))
				.as("exactly one write")
				.isEqualTo(versionBefore + 1);
			String state = this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?",
					String.class, reportId);
			assertThat(state).isEqualTo(outcomes.get(0).equals("done") ? "APPROVED" : "REJECTED");
		}
		finally {
			pool.shutdownNow();
		}
	}

}
