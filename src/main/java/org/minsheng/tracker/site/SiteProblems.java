package org.minsheng.tracker.site;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteProblems extends JpaRepository<SiteProblem, Long> {

	@Query("""
			select p from SiteProblem p where p.site.id = :siteId
			and p.state = org.minsheng.tracker.site.ProblemState.PUBLISHED order by p.submittedAt desc, p.id desc
			""")
	List<SiteProblem> findPublishedOfSite(Long siteId);

	/** Published reports at the sites of these commitments (for the on-time share). */
	@Query("""
			select p from SiteProblem p join fetch p.site s join fetch s.indicator i
			where i.commitment.id in :commitmentIds and p.state = org.minsheng.tracker.site.ProblemState.PUBLISHED
			""")
	List<SiteProblem> findPublishedOfCommitments(Collection<Long> commitmentIds);

	/** What the lead departments of these commitments have still to answer. */
	@Query("""
			select p from SiteProblem p join fetch p.site s join fetch s.indicator i join fetch i.commitment c
			join fetch c.plan
			where c.id in :commitmentIds and p.reply is null
			and p.state <> org.minsheng.tracker.site.ProblemState.REJECTED
			order by p.replyDueOn, p.submittedAt, p.id
			""")
	List<SiteProblem> findUnansweredOfCommitments(Collection<Long> commitmentIds);

	@Query("""
			select p from SiteProblem p join fetch p.site s join fetch s.indicator i join fetch i.commitment c
			join fetch c.plan where p.state = org.minsheng.tracker.site.ProblemState.PENDING order by p.submittedAt, p.id
			""")
	List<SiteProblem> findPending();

	@Query("""
			select p from SiteProblem p join fetch p.site s join fetch s.indicator i join fetch i.commitment c
			join fetch c.plan left join fetch c.leadDepartment
			where p.reply is null and p.state <> org.minsheng.tracker.site.ProblemState.REJECTED
			and p.replyDueOn < :today order by p.replyDueOn, p.id
			""")
	List<SiteProblem> findOverdue(LocalDate today);

}
