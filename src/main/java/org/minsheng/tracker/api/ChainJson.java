package org.minsheng.tracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.minsheng.tracker.cycle.BallotResult;
import org.minsheng.tracker.cycle.CommitmentChain;
import org.minsheng.tracker.cycle.EvaluationView;
import org.minsheng.tracker.cycle.Verdicts;

/**
 * A commitment's chain, as on its page: the suggestions behind it, the candidate it was,
 * the delegates' vote, the plan's public notice, the approved figures and the evaluation,
 * with the timeline's steps. A link not on record is absent (the 2025 commitments have no
 * vote or evaluation on record).
 *
 * @param residents the residents who proposed it: each suggestion's author and its
 * supporters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChainJson(List<SuggestionJson> suggestions, long residents, CandidateJson candidate, VoteJson vote,
		NoticeJson notice, int approvedFigures, EvaluationJson evaluation, List<StepJson> steps) {

	static ChainJson of(CommitmentChain chain) {
		if (chain == null) {
			return null;
		}
		CandidateJson candidate = (chain.candidate() != null) ? new CandidateJson(chain.candidate().getId(),
				chain.candidate().getTitle(), chain.candidate().getState().name(), chain.candidateSupporters()) : null;
		VoteJson vote = null;
		if (chain.hasVote()) {
			BallotResult.Line line = chain.ballot();
			vote = new VoteJson(chain.vote().getName(), chain.vote().getHeldOn(), chain.vote().getSeated(),
					chain.vote().getPresent(), chain.vote().getPlaces(), chain.vote().getRule().name(),
					line.tally().getVotesFor(), line.tally().getVotesAgainst(), line.tally().getAbstentions(),
					line.outcome().name());
		}
		NoticeJson notice = (chain.notice() != null) ? new NoticeJson(chain.notice().getOpensOn(),
				chain.notice().getClosesOn(), chain.notice().getContactName(), chain.notice().getFinalisedAt()) : null;
		return new ChainJson(
				chain.suggestions()
					.stream()
					.map((c) -> new SuggestionJson(c.suggestion().getId(), c.suggestion().getBody(), c.supporters(),
							c.suggestion().isFromThePress()))
					.toList(),
				chain.residents(), candidate, vote, notice, chain.approvedFigures(),
				EvaluationJson.of(chain.evaluation()),
				chain.steps().stream().map((s) -> new StepJson(s.kind().name(), s.day(), s.recorded())).toList());
	}

	/** A published suggestion behind the commitment. */
	record SuggestionJson(long id, String text, long supporters, boolean fromThePress) {
	}

	/** The candidate project it was chosen as. */
	record CandidateJson(long id, String title, String state, long supporters) {
	}

	/** Its counts and outcome in the delegates' vote. */
	record VoteJson(String session, LocalDate heldOn, int seated, int present, int places, String rule, int votesFor,
			int votesAgainst, int abstentions, String outcome) {
	}

	/** Its plan's public notice. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record NoticeJson(LocalDate opensOn, LocalDate closesOn, String contact, Instant finalisedAt) {
	}

	/** One step of the timeline; {@code day} absent when undated. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record StepJson(String kind, LocalDate day, boolean recorded) {
	}

	/**
	 * The delegates' evaluation (absent when none is on record) and the open online
	 * rating (anyone, once each: not a survey).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EvaluationJson(DelegatesJson delegates, CountsJson onlineRating) {

		static EvaluationJson of(EvaluationView view) {
			DelegatesJson delegates = null;
			if (view.evaluated()) {
				Verdicts counts = view.delegates().counts();
				delegates = new DelegatesJson(view.delegates().getSessionName(), view.delegates().getHeldOn(),
						counts.satisfied(), counts.basicallySatisfied(), counts.dissatisfied(), counts.passes());
			}
			Verdicts online = view.online();
			return new EvaluationJson(delegates,
					new CountsJson(online.satisfied(), online.basicallySatisfied(), online.dissatisfied()));
		}

	}

	/**
	 * The delegates' secret-ballot counts and whether they pass (satisfied + basically >
	 * half).
	 */
	record DelegatesJson(String session, LocalDate heldOn, int satisfied, int basicallySatisfied, int dissatisfied,
			boolean passes) {
	}

	/** Open online rating counts. */
	record CountsJson(int satisfied, int basicallySatisfied, int dissatisfied) {
	}

}
