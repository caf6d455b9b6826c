package org.minsheng.tracker.progress;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.DatabaseOwner;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An approval is announced as {@link ReportApproved}. Listeners inside the transaction
 * (the audit trail, the public revision) commit with it; a listener after the commit (as
 * emails will be) gets the event once, through the event publication registry, which
 * marks the publication completed in {@code event_publication}. A refused approval
 * announces nothing, and an approval whose audit row cannot be written does not happen.
 */
class ApprovalEventsIntegrationTest extends PortalIntegrationTest {

	private static final Duration BOUND = Duration.ofSeconds(10);

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private DatabaseOwner owner;

	@Autowired
	private ReportFixtures reports;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AfterCommitListener listener;

	private Long indicatorId;

	@BeforeEach
	void editorAndReviewer() {
		Department housing = this.staff.department("housing", "市住建局");
		this.indicatorId = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.listener.received().clear();
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	@Test
	void anApprovalReachesAListenerAfterCommitOnceAndItsPublicationIsCompleted() {
		Long report = this.reports.submit(this.indicatorId, "42", null, "复核后更正");
		assertThat(report).as("filed").isNotNull();
		long revisionBefore = revision();
		this.reports.approve(report);

		await().atMost(BOUND)
			.until(() -> this.listener.received().stream().anyMatch((e) -> e.reportId().equals(report)));
		assertThat(this.listener.received()).filteredOn((e) -> e.reportId().equals(report))
			.singleElement()
			.satisfies((event) -> assertThat(event.reviewer()).isEqualTo("test-reviewer"));
		await().atMost(BOUND).until(() -> completedPublications(report) == 1);
		assertThat(publications(report)).as("one publication, completed").isEqualTo(1);
		assertThat(revision()).as("the public revision moved with the approval").isGreaterThan(revisionBefore);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'REPORT_APPROVED' AND subject_type = 'progress_report' AND subject_id = ?",
				Long.class, report))
			.isEqualTo(1L);
	}

	@Test
	void aRefusedApprovalAnnouncesNothing() {
		Long report = this.reports.submit(this.indicatorId, "43", null, "复核后更正");
		long revisionBefore = revision();
		assertThatThrownBy(() -> this.reviews.approve(report, null, this.staff.member("reviewer")))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.reviews.approve(report, 99L, this.staff.member("reviewer")))
			.isInstanceOf(ConflictException.class);
		assertThat(publications(report)).isZero();
		assertThat(this.listener.received()).isEmpty();
		assertThat(revision()).isEqualTo(revisionBefore);
		assertThat(
				this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class, report))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void anApprovalWhoseAuditRowCannotBeWrittenRollsBack() {
		Long report = this.reports.submit(this.indicatorId, "44", null, "复核后更正");
		long revisionBefore = revision();
		this.owner.jdbc()
			.execute("ALTER TABLE audit_event ADD CONSTRAINT test_audit_refuses_approvals "
					+ "CHECK (action <> 'REPORT_APPROVED' OR subject_id <> " + report + ")");
		try {
			assertThatThrownBy(() -> this.reports.approve(report)).isInstanceOf(DataIntegrityViolationException.class);
		}
		finally {
			this.owner.jdbc().execute("ALTER TABLE audit_event DROP CONSTRAINT test_audit_refuses_approvals");
		}
		assertThat(
				this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class, report))
			.as("not public without its audit row")
			.isEqualTo("SUBMITTED");
		assertThat(revision()).isEqualTo(revisionBefore);
		assertThat(publications(report)).isZero();
		this.reports.approve(report);
		assertThat(
				this.jdbc.queryForObject("SELECT review_state FROM progress_report WHERE id = ?", String.class, report))
			.isEqualTo("APPROVED");
	}

	private long revision() {
		return this.jdbc.queryForObject("SELECT revision FROM public_revision WHERE id = 1", Long.class);
	}

	private long publications(Long report) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE event_type = ? AND serialized_event LIKE ?", Long.class,
				ReportApproved.class.getName(), "%\"reportId\":" + report + ",%");
	}

	private long completedPublications(Long report) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE event_type = ? AND serialized_event LIKE ? AND completion_date IS NOT NULL",
				Long.class, ReportApproved.class.getName(), "%\"reportId\":" + report + ",%");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		AfterCommitListener afterCommitListener() {
			return new AfterCommitListener();
		}

	}

	/** Stands for a consumer outside the transaction, such as an email. */
	public static class AfterCommitListener {

		private final List<ReportApproved> received = new CopyOnWriteArrayList<>();

		@ApplicationModuleListener
		public void on(ReportApproved event) {
			this.received.add(event);
		}

		public List<ReportApproved> received() {
			return this.received;
		}

	}

}
