package org.minsheng.tracker.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The stories, each list in one statement.
 */
interface Stories extends JpaRepository<Story, Long> {

	@Query("select s from Story s where s.year = :year order by s.itemNumber")
	List<Story> findAllOfYear(int year);

	@Query("select s from Story s order by s.year desc, s.itemNumber")
	List<Story> findAllNewestFirst();

	@Query("""
			select distinct s from Story s
			join fetch s.sourceDocument
			left join fetch s.commitment c
			left join fetch c.plan
			left join fetch s.figures
			where s.id = :id""")
	Optional<Story> findWithDetails(Long id);

}
