package org.minsheng.tracker.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The plans, one per year.
 */
public interface Plans extends JpaRepository<Plan, Long> {

	@Query("select p from Plan p left join fetch p.sourceDocument where p.year = :year and p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED")
	Optional<Plan> findPublished(int year);

	@Query("select p from Plan p where p.status = org.minsheng.tracker.plan.PlanStatus.PUBLISHED order by p.year desc")
	List<Plan> findAllPublishedNewestFirst();

	Optional<Plan> findByYear(int year);

	List<Plan> findAllByOrderByYearDesc();

}
