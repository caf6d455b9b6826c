package org.minsheng.tracker.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Commitments, always loaded with what a page shows of them in one statement.
 */
interface Commitments extends JpaRepository<Commitment, Long> {

	@Query("""
			select distinct c from Commitment c
			left join fetch c.indicators
			left join fetch c.leadDepartment
			left join fetch c.sourceDocument
			where c.plan.id = :planId
			order by c.number""")
	List<Commitment> findAllOfPlan(Long planId);

	@Query("""
			select c from Commitment c
			left join fetch c.indicators
			left join fetch c.leadDepartment
			left join fetch c.sourceDocument
			where c.plan.id = :planId and c.number = :number""")
	Optional<Commitment> findInPlan(Long planId, int number);

	long countByPlanId(Long planId);

	@Query("""
			select distinct c from Commitment c
			join fetch c.plan p
			left join fetch c.indicators
			left join fetch c.leadDepartment
			left join fetch c.sourceDocument
			where c.id in :ids and p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED
			order by p.year desc, c.number""")
	List<Commitment> findPublishedByIds(Collection<Long> ids);

	@Query("""
			select distinct c from Commitment c join fetch c.plan p
			left join fetch c.indicators join fetch c.leadDepartment d
			where d.id in :departmentIds order by p.year desc, c.number""")
	List<Commitment> findLedBy(Collection<Long> departmentIds);

	@Query("""
			select c from Commitment c join fetch c.plan p left join fetch c.leadDepartment
			order by p.year desc, c.number""")
	List<Commitment> findAllForAdministration();

	/** Every published plan's commitments with their indicators, in one statement. */
	@Query("""
			select distinct c from Commitment c
			join fetch c.plan p
			left join fetch c.indicators
			where p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED
			order by p.year desc, c.number""")
	List<Commitment> findAllPublished();

	@Query("""
			select distinct c from Commitment c
			join fetch c.plan p
			left join fetch c.indicators
			where p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED and p.year in :years
			order by p.year desc, c.number""")
	List<Commitment> findPublishedOfYears(Collection<Integer> years);

}
