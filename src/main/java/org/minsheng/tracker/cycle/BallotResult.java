package org.minsheng.tracker.cycle;

import java.util.List;

/**
 * What a vote decided: each candidate's counts and outcome, chosen first, then in order
 * of "for" votes; the candidates tied at the last place, if any, and how many places they
 * compete for; the fewest "for" votes that pass.
 */
public record BallotResult(List<Line> lines, List<Long> tied, int openPlaces, int threshold) {

	public BallotResult {
		lines = List.copyOf(lines);
		tied = List.copyOf(tied);
	}

	public boolean hasTie() {
		return !this.tied.isEmpty();
	}

	public List<Long> chosen() {
		return this.lines.stream()
			.filter((l) -> l.outcome() == Outcome.CHOSEN)
			.map((l) -> l.tally().getCandidateId())
			.toList();
	}

	public Line lineOf(Long candidateId) {
		return this.lines.stream()
			.filter((l) -> l.tally().getCandidateId().equals(candidateId))
			.findFirst()
			.orElse(null);
	}

	/** One candidate's counts and outcome. */
	public record Line(Tally tally, Outcome outcome) {

	}

	/**
	 * A candidate's outcome. Labels live in the message bundles as
	 * {@code cycle.outcome.<NAME>}.
	 */
	public enum Outcome {

		/** Passed and within the places. */
		CHOSEN,
		/**
		 * Passed, but more passed than there are places and others had more "for" votes.
		 */
		PASSED_WITHOUT_PLACE,
		/** Tied on "for" votes at the last place: a new vote decides. */
		TIED,
		/** Did not reach the rule's threshold. */
		FAILED;

		public String messageKey() {
			return "cycle.outcome." + name();
		}

		public boolean chosen() {
			return this == CHOSEN;
		}

	}

}
