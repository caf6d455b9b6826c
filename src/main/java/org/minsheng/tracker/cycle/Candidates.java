package org.minsheng.tracker.cycle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Candidate projects, each list loaded with what its page shows.
 */
interface Candidates extends JpaRepository<Candidate, Long> {

	@Query("""
			select distinct c from Candidate c
			left join fetch c.leadDepartment
			left join fetch c.counties
			where c.year = :year
			order by c.id""")
	List<Candidate> findOfYear(int year);

	@Query("""
			select c from Candidate c
			left join fetch c.leadDepartment
			left join fetch c.counties
			where c.id = :id""")
	Optional<Candidate> findForPage(Long id);

	Optional<Candidate> findByCommitmentId(Long commitmentId);

	List<Candidate> findByCommitmentIdIn(Collection<Long> commitmentIds);

}
