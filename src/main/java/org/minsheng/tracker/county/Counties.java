package org.minsheng.tracker.county;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The 11 counties.
 */
interface Counties extends JpaRepository<County, Long> {

	Optional<County> findByCode(String code);

	List<County> findAllByOrderBySortOrder();

}
