package org.minsheng.tracker.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.Plan;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.system.PublicViews;
import org.minsheng.tracker.voice.SuggestionBoard;
import org.minsheng.tracker.voice.SuggestionCard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a published commitment's chain (suggestions → candidate → vote → plan → approved
 * figures → evaluation) for its page ({@code @commitmentChains} in templates) and the
 * API, in a fixed number of statements.
 */
@Service("commitmentChains")
public class CommitmentChains {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final PlanCatalog plans;

	private final Candidates candidates;

	private final VoteSessions sessions;

	private final PlanNotices notices;

	private final SuggestionBoard suggestions;

	private final CandidateSupports supports;

	private final ApprovedReports reports;

	private final EvaluationDesk evaluations;

	private final java.time.Clock clock;

	private final PublicViews views;

	CommitmentChains(PlanCatalog plans, Candidates candidates, VoteSessions sessions, PlanNotices notices,
			SuggestionBoard suggestions, CandidateSupports supports, ApprovedReports reports,
			EvaluationDesk evaluations, java.time.Clock clock, PublicViews views) {
		this.views = views;
		this.clock = clock;
		this.plans = plans;
		this.candidates = candidates;
		this.sessions = sessions;
		this.notices = notices;
		this.suggestions = suggestions;
		this.supports = supports;
		this.reports = reports;
		this.evaluations = evaluations;
	}

	/** The chain for a commitment page: as of the end of {@code day}, or the latest. */
	public CommitmentChain forPage(int year, int number, LocalDate day) {
		return this.views.of("chain", Arrays.asList(year, number, day),
				() -> of(year, number, (day != null) ? AsOf.endOf(day, this.clock) : AsOf.latest(this.clock)));
	}

	/**
	 * The chain of a published commitment as of a day; null when there is no such
	 * commitment.
	 */
	@Transactional(readOnly = true)
	public CommitmentChain of(int year, int number, AsOf asOf) {
		Optional<Plan> plan = this.plans.publishedPlan(year);
		if (plan.isEmpty()) {
			return null;
		}
		Commitment commitment = this.plans.commitment(plan.get(), number).orElse(null);
		if (commitment == null) {
			return null;
		}
		Candidate candidate = this.candidates.findByCommitmentId(commitment.getId()).orElse(null);
		List<SuggestionCard> behind = new ArrayList<>();
		if (candidate != null) {
			behind.addAll(this.suggestions.publishedAmong(candidate.getSuggestionIds()));
		}
		List<Long> known = behind.stream().map((c) -> c.suggestion().getId()).toList();
		List<Long> direct = this.suggestions.behind(year, number)
			.stream()
			.map((s) -> s.getId())
			.filter((id) -> !known.contains(id))
			.toList();
		behind.addAll(this.suggestions.publishedAmong(direct));
		long residents = behind.stream().mapToLong((c) -> 1 + c.supporters()).sum();
		VoteSession vote = (candidate != null) ? this.sessions.findByYear(year).orElse(null) : null;
		BallotResult.Line line = (vote != null) ? vote.result().lineOf(candidate.getId()) : null;
		long supporters = (candidate != null) ? this.supports.counts(year).getOrDefault(candidate.getId(), 0L) : 0;
		PlanNotice notice = this.notices.findById(year).orElse(null);
		List<ProgressReport> history = this.reports.historyOf(commitment.getId(), asOf);
		EvaluationView evaluation = this.evaluations.of(commitment.getId());
		List<CommitmentChain.Step> steps = new ArrayList<>();
		LocalDate firstSuggestion = behind.stream()
			.filter((c) -> !c.suggestion().isFromThePress())
			.map((c) -> day(c.suggestion().getSubmittedAt()))
			.min(Comparator.naturalOrder())
			.orElse(null);
		steps.add(new CommitmentChain.Step(CommitmentChain.Kind.SUGGESTIONS, firstSuggestion, !behind.isEmpty()));
		steps.add(new CommitmentChain.Step(CommitmentChain.Kind.CANDIDATE,
				(candidate != null) ? day(candidate.getCreatedAt()) : null, candidate != null));
		steps.add(new CommitmentChain.Step(CommitmentChain.Kind.VOTE, (vote != null) ? vote.getHeldOn() : null,
				line != null));
		steps.add(new CommitmentChain.Step(CommitmentChain.Kind.PLAN, null, true));
		steps.add(new CommitmentChain.Step(CommitmentChain.Kind.NOTICE, (notice != null) ? notice.getOpensOn() : null,
				notice != null));
		LocalDate lastFigure = history.stream()
			.map(ProgressReport::getApprovedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.map(CommitmentChains::day)
			.orElse(null);
		steps.add(new CommitmentChain.Step(CommitmentChain.Kind.FIGURES, lastFigure, !history.isEmpty()));
		steps.add(new CommitmentChain.Step(CommitmentChain.Kind.EVALUATION,
				evaluation.evaluated() ? evaluation.delegates().getHeldOn() : null, evaluation.evaluated()));
		return new CommitmentChain(year, number, behind, residents, candidate, supporters, vote, line, notice,
				plan.get().isPublished(), history.size(), evaluation, steps);
	}

	private static LocalDate day(java.time.Instant instant) {
		return (instant != null) ? instant.atZone(BEIJING).toLocalDate() : null;
	}

}
