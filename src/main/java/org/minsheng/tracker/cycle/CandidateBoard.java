package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.voice.SuggestionBoard;
import org.minsheng.tracker.voice.SuggestionCard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of a year's cycle: the candidates (all but merely proposed ones,
 * screened-out ones with their reason), their supporters, the solicitation window, the
 * ballot with its counts, and last year's commitments that failed the delegates'
 * evaluation, flagged.
 */
@Service
public class CandidateBoard {

	private final Candidates candidates;

	private final SolicitationWindows windows;

	private final CandidateSupports supports;

	private final VoteSessions sessions;

	private final PlanCatalog plans;

	private final EvaluationDesk evaluations;

	private final SuggestionBoard suggestions;

	private final Clock clock;

	CandidateBoard(Candidates candidates, SolicitationWindows windows, CandidateSupports supports,
			VoteSessions sessions, PlanCatalog plans, EvaluationDesk evaluations, SuggestionBoard suggestions,
			Clock clock) {
		this.candidates = candidates;
		this.windows = windows;
		this.supports = supports;
		this.sessions = sessions;
		this.plans = plans;
		this.evaluations = evaluations;
		this.suggestions = suggestions;
		this.clock = clock;
	}

	/** The year's public cycle; 404 when the year has no public candidate. */
	@Transactional(readOnly = true)
	public CandidateYear year(int year) {
		List<Candidate> all = this.candidates.findOfYear(year).stream().filter(Candidate::isPublic).toList();
		if (all.isEmpty()) {
			throw new NotFoundException("cycle.notFound.year", year);
		}
		all.forEach((c) -> c.getSuggestionIds().size());
		all.forEach((c) -> c.getIndicators().size());
		Map<Long, Long> counts = this.supports.counts(year);
		Optional<VoteSession> vote = this.sessions.findByYear(year);
		BallotResult result = vote.map(VoteSession::result).orElse(null);
		List<CandidateYear.Card> cards = all.stream()
			.map((c) -> new CandidateYear.Card(c, counts.getOrDefault(c.getId(), 0L),
					(result != null) ? result.lineOf(c.getId()) : null))
			.toList();
		Optional<SolicitationWindows.Window> window = this.windows.of(year);
		LocalDate today = LocalDate.now(this.clock.withZone(PlanNotice.BEIJING));
		return new CandidateYear(year, window.map(SolicitationWindows.Window::opensOn).orElse(null),
				window.map(SolicitationWindows.Window::closesOn).orElse(null),
				window.map((w) -> w.contains(today)).orElse(false), cards, vote.orElse(null), result,
				failedIn(year - 1));
	}

	/** One public candidate with the suggestions behind it. */
	@Transactional(readOnly = true)
	public CandidatePage candidate(long id) {
		Candidate candidate = this.candidates.findForPage(id)
			.filter(Candidate::isPublic)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.candidate", id));
		candidate.getIndicators().size();
		List<SuggestionCard> behind = this.suggestions.publishedAmong(candidate.getSuggestionIds());
		long supporters = this.supports.counts(candidate.getYear()).getOrDefault(id, 0L);
		return new CandidatePage(candidate, behind, supporters, this.windows.isOpen(candidate.getYear()));
	}

	/** A year's published commitments that failed the delegates' evaluation. */
	@Transactional(readOnly = true)
	public List<Commitment> failedIn(int year) {
		Optional<Plan> plan = this.plans.publishedPlan(year);
		if (plan.isEmpty()) {
			return List.of();
		}
		List<Commitment> commitments = this.plans.commitmentsOf(plan.get());
		Map<Long, EvaluationView> views = this.evaluations.of(commitments.stream().map(Commitment::getId).toList());
		return commitments.stream().filter((c) -> views.get(c.getId()).failed()).toList();
	}

	/** The years that have public candidates, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.candidates.findAll()
			.stream()
			.filter(Candidate::isPublic)
			.map(Candidate::getYear)
			.distinct()
			.sorted(java.util.Comparator.reverseOrder())
			.toList();
	}

	/** One candidate's public page. */
	public record CandidatePage(Candidate candidate, List<SuggestionCard> suggestions, long supporters,
			boolean windowOpen) {

		/** Residents who proposed it: each suggestion's author and its supporters. */
		public long residents() {
			return this.suggestions.stream().mapToLong((c) -> 1 + c.supporters()).sum();
		}

	}

}
