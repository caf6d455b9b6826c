package org.minsheng.tracker.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Residents' comments on candidates and objections to plans on notice.
 */
interface Remarks extends JpaRepository<ResidentRemark, Long> {

	@Query("select r from ResidentRemark r where r.state = org.minsheng.tracker.cycle.ResidentRemark.State.PENDING order by r.submittedAt, r.id")
	List<ResidentRemark> findPending();

	@Query("select r from ResidentRemark r where r.candidateId = :candidateId and r.state = org.minsheng.tracker.cycle.ResidentRemark.State.PUBLISHED order by r.id")
	List<ResidentRemark> findPublishedComments(Long candidateId);

	@Query("select r from ResidentRemark r where r.noticeYear = :year and r.state = org.minsheng.tracker.cycle.ResidentRemark.State.PUBLISHED order by r.id")
	List<ResidentRemark> findPublishedObjections(Integer year);

	@Query("select r from ResidentRemark r where r.kind = org.minsheng.tracker.cycle.ResidentRemark.Kind.OBJECTION and r.state = org.minsheng.tracker.cycle.ResidentRemark.State.PUBLISHED and r.answer is null order by r.id")
	List<ResidentRemark> findPublishedUnanswered();

	@Query("select count(r) from ResidentRemark r where r.noticeYear = :year and r.state <> org.minsheng.tracker.cycle.ResidentRemark.State.REJECTED and r.answer is null")
	long countUnanswered(Integer year);

}
