package org.minsheng.tracker.pace;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The indicators' current milestones.
 */
interface Milestones extends JpaRepository<Milestone, Long> {

	@Query("select m from Milestone m where m.indicatorId in :indicatorIds order by m.indicatorId, m.due")
	List<Milestone> findOfIndicators(Collection<Long> indicatorIds);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Milestone m where m.indicatorId = :indicatorId")
	int deleteOfIndicator(Long indicatorId);

}
