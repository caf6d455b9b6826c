package org.minsheng.tracker.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Progress reports. The public queries read approved reports only; the current figure of
 * an indicator is its approved report with the latest as-of date (then the latest
 * approval).
 */
public interface ProgressReports extends JpaRepository<ProgressReport, Long> {

	/**
	 * The current report of an indicator as of {@code :cutoff}: the approved report,
	 * approved before the cutoff, with the greatest (as-of date, approval, id). Each
	 * report keeps the interval during which it was that report ({@link CurrentReports}),
	 * so this is an index look-up whatever the number of reports (a current report's
	 * interval ends at {@link AsOf#NO_CUTOFF}, not null, so the condition has no
	 * {@code or} and the index on (indicator, end, start) finds it alone).
	 */
	String IS_CURRENT = " " + """
			r.currentFrom < :cutoff and r.currentUntil >= :cutoff""";

	@Query("select r from ProgressReport r left join fetch r.sourceDocument left join fetch r.filingDepartment "
			+ "where r.indicator.commitment.id in :commitmentIds and " + IS_CURRENT)
	List<ProgressReport> findCurrentOfCommitments(Collection<Long> commitmentIds, Instant cutoff);

	/** The latest approved figures, for staff. */
	default List<ProgressReport> findCurrentOfCommitments(Collection<Long> commitmentIds) {
		return findCurrentOfCommitments(commitmentIds, AsOf.NO_CUTOFF);
	}

	@Query("""
			select r from ProgressReport r left join fetch r.sourceDocument left join fetch r.filingDepartment
			where r.indicator.commitment.id = :commitmentId
			and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and r.approvedAt < :cutoff
			order by r.asOf desc, r.approvedAt desc, r.id desc""")
	List<ProgressReport> findApprovedHistory(Long commitmentId, Instant cutoff);

	@Query("""
			select f from CountyFigure f join fetch f.county
			where f.report.id in :reportIds order by f.county.sortOrder""")
	List<CountyFigure> findCountyFigures(Collection<Long> reportIds);

	@Query("""
			select f from CountyFigure f join fetch f.county c join fetch f.report r
			join fetch r.indicator i join fetch i.commitment
			where c.code = :countyCode and """ + IS_CURRENT)
	List<CountyFigure> findCurrentCountyFigures(String countyCode, Instant cutoff);

	@Query("select r.indicator.id from ProgressReport r where r.id = :id")
	Optional<Long> findIndicatorIdOf(Long id);

	@Query("select r from ProgressReport r where r.indicator.id = :indicatorId and " + IS_CURRENT)
	java.util.Optional<ProgressReport> findCurrentOfIndicator(Long indicatorId, Instant cutoff);

	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan
			where c.leadDepartment.id in :departmentIds
			and r.reviewState <> org.minsheng.tracker.progress.ReviewState.APPROVED
			order by r.createdAt desc""")
	List<ProgressReport> findOpenForDepartments(Collection<Long> departmentIds);

	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan
			left join fetch c.leadDepartment left join fetch r.filingDepartment
			where r.reviewState = org.minsheng.tracker.progress.ReviewState.SUBMITTED
			order by r.submittedAt, r.id""")
	List<ProgressReport> findAwaitingReview();

	@Query("select r from ProgressReport r where r.indicator.id in :indicatorIds and " + IS_CURRENT)
	List<ProgressReport> findCurrentOfIndicators(Collection<Long> indicatorIds, Instant cutoff);

	@Query("""
			select r from ProgressReport r where r.indicator.id = :indicatorId
			and r.reviewState = org.minsheng.tracker.progress.ReviewState.SUBMITTED
			order by r.submittedAt, r.id""")
	List<ProgressReport> findPendingOfIndicator(Long indicatorId);

	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan
			left join fetch c.leadDepartment where r.id = :id""")
	java.util.Optional<ProgressReport> findWithIndicator(Long id);

	/** Reports approved before the cutoff in published plans, newest approval first. */
	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan p
			left join fetch r.sourceDocument left join fetch r.filingDepartment
			where p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED
			and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and r.approvedAt < :cutoff
			order by r.approvedAt desc, r.id desc""")
	List<ProgressReport> findRecentlyApproved(Instant cutoff, org.springframework.data.domain.Limit limit);

	/** The current approved report of every indicator of every published plan. */
	@Query("select r from ProgressReport r where r.indicator.commitment.plan.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED"
			+ " and r.indicator.commitment.plan.year in :years and " + IS_CURRENT)
	List<ProgressReport> findCurrentOfPublishedYears(Collection<Integer> years, Instant cutoff);

	/**
	 * Every approved report of a published plan, by commitment, indicator and approval.
	 */
	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan p
			left join fetch r.sourceDocument left join fetch r.filingDepartment
			where p.year = :year and p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED
			and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and r.approvedAt < :cutoff
			order by c.number, i.position, r.approvedAt, r.id""")
	List<ProgressReport> findApprovedOfPlan(int year, Instant cutoff);

	/**
	 * The same reports as {@link #findApprovedOfPlan}, read from a database cursor as
	 * they are consumed (500 rows a fetch), for exports of any size.
	 */
	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan p
			left join fetch r.sourceDocument left join fetch r.filingDepartment
			where p.year = :year and p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED
			and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and r.approvedAt < :cutoff
			order by c.number, i.position, r.approvedAt, r.id""")
	@org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
			name = org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, value = "500"))
	java.util.stream.Stream<ProgressReport> streamApprovedOfPlan(int year, Instant cutoff);

	/** The newest approvals of published plans, newest first. */
	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan p
			left join fetch r.filingDepartment
			where p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED
			and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and r.approvedAt < :cutoff
			order by r.approvedAt desc, r.id desc""")
	List<ProgressReport> findNewestApproved(Instant cutoff, org.springframework.data.domain.Limit limit);

	/** The newest approvals of one commitment, newest first. */
	@Query("""
			select r from ProgressReport r join fetch r.indicator i join fetch i.commitment c join fetch c.plan p
			left join fetch r.filingDepartment
			where p.year = :year and c.number = :number
			and p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED
			and r.reviewState = org.minsheng.tracker.progress.ReviewState.APPROVED and r.approvedAt < :cutoff
			order by r.approvedAt desc, r.id desc""")
	List<ProgressReport> findNewestApprovedOfCommitment(int year, int number, Instant cutoff,
			org.springframework.data.domain.Limit limit);

}
