package org.minsheng.tracker.voice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.minsheng.tracker.plan.Area;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Suggestions, each list loaded with what its page shows in one statement.
 */
interface Suggestions extends JpaRepository<Suggestion, Long> {

	@Query("""
			select s from Suggestion s
			left join fetch s.county k
			left join fetch s.sourceDocument
			left join fetch s.commitment c
			left join fetch c.plan
			where s.state = org.minsheng.tracker.voice.SuggestionState.PUBLISHED
			and (:area is null or s.area = :area)
			and (:county is null or k.code = :county)
			order by s.area, s.id desc
			limit 500""")
	List<Suggestion> findPublished(Area area, String county);

	@Query("""
			select s from Suggestion s
			left join fetch s.county
			left join fetch s.sourceDocument
			left join fetch s.commitment c
			left join fetch c.plan
			left join fetch s.mergedInto
			where s.id = :id""")
	Optional<Suggestion> findForPage(Long id);

	@Query("""
			select s from Suggestion s left join fetch s.county
			where s.state = org.minsheng.tracker.voice.SuggestionState.PENDING
			order by s.submittedAt, s.id""")
	List<Suggestion> findPending();

	@Query("""
			select s from Suggestion s
			join fetch s.commitment c
			join fetch c.plan p
			left join fetch s.county
			where s.state = org.minsheng.tracker.voice.SuggestionState.PUBLISHED
			and p.year = :year and c.number = :number
			order by s.id""")
	List<Suggestion> findPublishedBehind(int year, int number);

	@Query("""
			select s from Suggestion s
			where s.bodyFingerprint = :fingerprint
			and s.state in :states
			order by s.id""")
	List<Suggestion> findSameText(String fingerprint, Collection<SuggestionState> states);

}
