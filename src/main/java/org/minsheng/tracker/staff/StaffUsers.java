package org.minsheng.tracker.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Staff accounts.
 */
public interface StaffUsers extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	@EntityGraph(attributePaths = { "roles", "departments" })
	List<StaffUser> findAllByOrderByUsername();

}
