package org.minsheng.tracker.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Departments that lead commitments.
 */
public interface Departments extends JpaRepository<Department, Long> {

	Optional<Department> findByCode(String code);

	List<Department> findAllByOrderByCode();

}
