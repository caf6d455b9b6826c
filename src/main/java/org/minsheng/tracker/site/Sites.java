package org.minsheng.tracker.site;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Sites extends JpaRepository<Site, Long> {

	@Query("""
			select s from Site s join fetch s.indicator i join fetch i.commitment c join fetch c.plan
			left join fetch c.leadDepartment where s.id = :id
			""")
	Optional<Site> findWithCommitment(Long id);

	boolean existsByIndicatorId(Long indicatorId);

}
