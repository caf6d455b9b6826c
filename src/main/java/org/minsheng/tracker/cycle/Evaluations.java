package org.minsheng.tracker.cycle;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The delegates' evaluations, by commitment.
 */
interface Evaluations extends JpaRepository<Evaluation, Long> {

	List<Evaluation> findByCommitmentIdIn(Collection<Long> commitmentIds);

}
