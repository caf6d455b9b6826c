package org.minsheng.tracker.funding;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Funding reports.
 */
interface FundingReports extends JpaRepository<FundingReport, Long> {

	@Query("select f from FundingReport f where f.state = org.minsheng.tracker.funding.FundingState.SUBMITTED order by f.filedAt, f.id")
	List<FundingReport> findAwaitingReview();

	/** Approved before the cutoff, newest as-of day (then approval) first. */
	@Query("""
			select f from FundingReport f where f.commitmentId in :commitmentIds
			and f.state = org.minsheng.tracker.funding.FundingState.APPROVED and f.reviewedAt < :cutoff
			order by f.commitmentId, f.asOf desc, f.reviewedAt desc, f.id desc""")
	List<FundingReport> findApproved(Collection<Long> commitmentIds, Instant cutoff);

	@Query("select f from FundingReport f where f.commitmentId in :commitmentIds order by f.filedAt desc, f.id desc")
	List<FundingReport> findAllOf(Collection<Long> commitmentIds);

}
