package org.minsheng.tracker.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Staff accounts.
 */
public interface StaffUsers extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	@EntityGraph(attributePaths = { "roles", "departments" })
	List<StaffUser> findAllByOrderByUsername();

	/** Enabled accounts with this role and an email address. */
	@Query("""
			select distinct u from StaffUser u join u.roles r
			where r = :role and u.enabled = true and u.email is not null order by u.id""")
	List<StaffUser> findReachableWithRole(Role role);

}
