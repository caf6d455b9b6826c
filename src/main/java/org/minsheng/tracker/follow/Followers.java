package org.minsheng.tracker.follow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Followers of commitments.
 */
interface Followers extends JpaRepository<Follower, Long> {

	Optional<Follower> findByTokenHash(String tokenHash);

	Optional<Follower> findByCommitmentIdAndEmail(Long commitmentId, String email);

	@Query("select f from Follower f where f.commitmentId = :commitmentId and f.confirmedAt is not null order by f.id")
	List<Follower> findConfirmedOf(Long commitmentId);

	@Query("select f.id from Follower f where f.confirmedAt is null and f.createdAt < :before")
	List<Long> findUnconfirmedBefore(Instant before);

	@Modifying
	@Query("delete from Follower f where f.id in :ids")
	int deleteAllByIds(List<Long> ids);

}
