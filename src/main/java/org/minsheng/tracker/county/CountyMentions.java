package org.minsheng.tracker.county;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Counties named by sources for commitments.
 */
interface CountyMentions extends JpaRepository<CountyMention, CountyMention.Key> {

	@Query("select m from CountyMention m join fetch m.county where m.commitmentId in :commitmentIds order by m.county.sortOrder")
	List<CountyMention> findForCommitments(Collection<Long> commitmentIds);

	@Query("select m from CountyMention m join fetch m.county c where c.code = :countyCode")
	List<CountyMention> findForCounty(String countyCode);

}
