package org.minsheng.tracker.pace;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Filed changes of milestones.
 */
interface MilestoneChanges extends JpaRepository<MilestoneChange, Long> {

	@Query("select c from MilestoneChange c where c.state = org.minsheng.tracker.pace.ChangeState.SUBMITTED order by c.filedAt, c.id")
	List<MilestoneChange> findAwaitingReview();

	@Query("""
			select c from MilestoneChange c where c.indicatorId in :indicatorIds
			and c.state = org.minsheng.tracker.pace.ChangeState.APPROVED and c.reviewedAt < :cutoff
			order by c.reviewedAt desc, c.id desc""")
	List<MilestoneChange> findApprovedOfIndicators(Collection<Long> indicatorIds, Instant cutoff);

	@Query("select c from MilestoneChange c where c.indicatorId in :indicatorIds order by c.filedAt desc, c.id desc")
	List<MilestoneChange> findAllOfIndicators(Collection<Long> indicatorIds);

}
