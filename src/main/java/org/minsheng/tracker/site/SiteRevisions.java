package org.minsheng.tracker.site;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRevisions extends JpaRepository<SiteRevision, Long> {

	String PUBLIC = """
			r.reviewState = org.minsheng.tracker.site.SiteReview.APPROVED and r.approvedAt = (
			select max(r2.approvedAt) from SiteRevision r2 where r2.site = r.site
			and r2.reviewState = org.minsheng.tracker.site.SiteReview.APPROVED)
			""";

	/** The public record of every site of these commitments, with what a list shows. */
	@Query("select r from SiteRevision r join fetch r.site s join fetch s.indicator i join fetch r.county "
			+ "where i.commitment.id in :commitmentIds and " + PUBLIC + " order by r.county.sortOrder, r.name, s.id")
	List<SiteRevision> findPublicOfCommitments(Collection<Long> commitmentIds);

	@Query("select r from SiteRevision r join fetch r.site s join fetch r.county left join fetch r.photo "
			+ "where s.id = :siteId and " + PUBLIC)
	Optional<SiteRevision> findPublicOfSite(Long siteId);

	/** What staff filed last for each site of these commitments, whatever its review. */
	@Query("""
			select r from SiteRevision r join fetch r.site s join fetch s.indicator i join fetch r.county
			where i.commitment.id in :commitmentIds
			and r.id = (select max(r2.id) from SiteRevision r2 where r2.site = s)
			order by i.commitment.id, i.position, r.county.sortOrder, r.name
			""")
	List<SiteRevision> findLatestOfCommitments(Collection<Long> commitmentIds);

	@Query("select r from SiteRevision r join fetch r.county left join fetch r.photo where r.site.id = :siteId and r.id = "
			+ "(select max(r2.id) from SiteRevision r2 where r2.site.id = :siteId)")
	Optional<SiteRevision> findLatestOfSite(Long siteId);

	@Query("""
			select r from SiteRevision r join fetch r.site s join fetch s.indicator i join fetch i.commitment c
			join fetch c.plan join fetch r.county
			where r.reviewState = org.minsheng.tracker.site.SiteReview.SUBMITTED order by r.submittedAt, r.id
			""")
	List<SiteRevision> findAwaitingReview();

	boolean existsBySiteIdAndReviewState(Long siteId, SiteReview state);

}
