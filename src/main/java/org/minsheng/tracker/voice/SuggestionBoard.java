package org.minsheng.tracker.voice;

import java.util.List;
import java.util.Map;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of the suggestions: only published ones, never contact details.
 */
@Service
public class SuggestionBoard {

	private final Suggestions suggestions;

	private final Supports supports;

	private final PlanCatalog plans;

	private final ApprovedReports reports;

	SuggestionBoard(Suggestions suggestions, Supports supports, PlanCatalog plans, ApprovedReports reports) {
		this.suggestions = suggestions;
		this.supports = supports;
		this.plans = plans;
		this.reports = reports;
	}

	/**
	 * The published commitment a suggestion became, with its latest public progress, or
	 * null.
	 */
	@Transactional(readOnly = true)
	public BecameCommitment became(Suggestion suggestion) {
		if (suggestion.getCommitment() == null) {
			return null;
		}
		return this.plans.publishedCommitments(List.of(suggestion.getCommitment().getId()))
			.stream()
			.findFirst()
			.map((Commitment c) -> new BecameCommitment(c.getPlan().getYear(), c.getNumber(), c.getTitle(),
					this.reports.latestProgressOf(c)))
			.orElse(null);
	}

	/**
	 * Published suggestions (the public's and the press's), filtered, in three
	 * statements.
	 */
	@Transactional(readOnly = true)
	public List<SuggestionCard> published(Area area, String countyCode) {
		Map<Long, Long> counts = this.supports.counts();
		return this.suggestions.findPublished(area, countyCode)
			.stream()
			.map((s) -> new SuggestionCard(s, counts.getOrDefault(s.getId(), 0L)))
			.toList();
	}

	/**
	 * A suggestion the public may see: a published one, or a merged one (whose page leads
	 * to the suggestion it was merged into).
	 */
	@Transactional(readOnly = true)
	public Suggestion visible(long id) {
		return this.suggestions.findForPage(id)
			.filter((s) -> s.isPublic() || s.getState() == SuggestionState.MERGED)
			.orElseThrow(() -> new NotFoundException("notFound.suggestion", id));
	}

	/**
	 * Those of these suggestions that are published, with how many people ask for each,
	 * in three statements whatever their number.
	 */
	@Transactional(readOnly = true)
	public List<SuggestionCard> publishedAmong(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> counts = this.supports.counts();
		return this.suggestions.findAllById(ids)
			.stream()
			.filter(Suggestion::isPublic)
			.sorted(java.util.Comparator.comparing(Suggestion::getId))
			.map((s) -> new SuggestionCard(s, counts.getOrDefault(s.getId(), 0L)))
			.toList();
	}

	/** The published suggestions that became this commitment, in one statement. */
	@Transactional(readOnly = true)
	public List<Suggestion> behind(int year, int number) {
		return this.suggestions.findPublishedBehind(year, number);
	}

}
