package org.minsheng.tracker.cycle;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The delegates' vote sessions, one a year.
 */
interface VoteSessions extends JpaRepository<VoteSession, Long> {

	Optional<VoteSession> findByYear(int year);

}
