package org.minsheng.tracker.cycle;

import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.voice.SuggestionCard;

/**
 * A commitment's whole chain as one public timeline: the suggestions behind it, the
 * candidate it was, the delegates' vote, the plan (and its public notice), the approved
 * figures, and the evaluation. Any link may be missing: the 2025 commitments have no
 * candidate or vote on record, and nothing is made up for them.
 *
 * @param suggestions the published suggestions behind it (through its candidate, or
 * linked to it directly)
 * @param residents the residents who proposed it: each suggestion's author and its
 * supporters (duplicates merged into it included)
 * @param candidate the candidate it was chosen as, or null
 * @param candidateSupporters residents who supported the candidate, 0 without one
 * @param vote the session that chose it, or null
 * @param ballot its counts and outcome in that vote, or null
 * @param notice its plan's public notice, or null
 * @param steps the timeline, in order
 */
public record CommitmentChain(int year, int number, List<SuggestionCard> suggestions, long residents,
		Candidate candidate, long candidateSupporters, VoteSession vote, BallotResult.Line ballot, PlanNotice notice,
		boolean planPublished, int approvedFigures, EvaluationView evaluation, List<Step> steps) {

	public CommitmentChain {
		suggestions = List.copyOf(suggestions);
		steps = List.copyOf(steps);
	}

	/** "Chosen by X of Y delegates": X for votes of Y seated. */
	public boolean hasVote() {
		return this.vote != null && this.ballot != null;
	}

	/**
	 * One step of the timeline.
	 *
	 * @param kind what happened
	 * @param day when, or null when undated or not (yet) on record
	 * @param recorded whether it is on record at all
	 */
	public record Step(Kind kind, LocalDate day, boolean recorded) {

		public String messageKey() {
			return "cycle.timeline." + this.kind.name();
		}

	}

	/** The steps, in the order of the annual cycle. */
	public enum Kind {

		SUGGESTIONS, CANDIDATE, VOTE, PLAN, NOTICE, FIGURES, EVALUATION

	}

}
