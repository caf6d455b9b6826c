package org.minsheng.tracker.cycle;

import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.plan.Commitment;

/**
 * A year's cycle as the public sees it.
 *
 * @param opensOn the solicitation window's first day, or null when none is set
 * @param closesOn its last day, or null
 * @param open whether support and comments are taken today
 * @param vote the delegates' vote, or null before it
 * @param result what it decided, or null
 * @param failedLastYear last year's commitments the delegates' evaluation failed
 */
public record CandidateYear(int year, LocalDate opensOn, LocalDate closesOn, boolean open, List<Card> cards,
		VoteSession vote, BallotResult result, List<Commitment> failedLastYear) {

	public CandidateYear {
		cards = List.copyOf(cards);
		failedLastYear = List.copyOf(failedLastYear);
	}

	/** The cards in this state. */
	public List<Card> in(String state) {
		return this.cards.stream().filter((c) -> c.candidate().getState().name().equals(state)).toList();
	}

	/** The cards still competing or decided (not screened out). */
	public List<Card> standing() {
		return this.cards.stream().filter((c) -> c.candidate().getState() != CandidateState.SCREENED_OUT).toList();
	}

	/** The card of this candidate, or null. */
	public Card card(Long candidateId) {
		return this.cards.stream().filter((c) -> c.candidate().getId().equals(candidateId)).findFirst().orElse(null);
	}

	/** The candidate titles tied at the last place. */
	public List<String> tiedTitles() {
		if (this.result == null) {
			return List.of();
		}
		return this.cards.stream()
			.filter((c) -> this.result.tied().contains(c.candidate().getId()))
			.map((c) -> c.candidate().getTitle())
			.toList();
	}

	/**
	 * One candidate with its supporters and, once voted on, its counts and outcome.
	 *
	 * @param ballot its line in the vote, or null
	 */
	public record Card(Candidate candidate, long supporters, BallotResult.Line ballot) {

	}

}
