package org.minsheng.tracker.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Indicators, loaded with their commitment, plan and lead department.
 */
interface Indicators extends JpaRepository<Indicator, Long> {

	@Query("""
			select i from Indicator i join fetch i.commitment c join fetch c.plan
			left join fetch c.leadDepartment where i.id = :id""")
	Optional<Indicator> findWithCommitment(Long id);

	/** Every indicator of the plans of these years, with its commitment and plan. */
	@Query("""
			select i from Indicator i join fetch i.commitment c join fetch c.plan p
			left join fetch c.leadDepartment where p.year in :years""")
	List<Indicator> findAllOfYears(Collection<Integer> years);

}
