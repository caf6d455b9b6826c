package org.minsheng.tracker.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One candidate's counts in the delegates' vote: for (赞成), against (反对), abstain (弃权).
 */
@Embeddable
public class Tally {

	@Column(name = "candidate_id")
	private Long candidateId;

	@Column(name = "votes_for")
	private int votesFor;

	@Column(name = "votes_against")
	private int votesAgainst;

	private int abstentions;

	protected Tally() {
	}

	public Tally(Long candidateId, int votesFor, int votesAgainst, int abstentions) {
		this.candidateId = candidateId;
		this.votesFor = votesFor;
		this.votesAgainst = votesAgainst;
		this.abstentions = abstentions;
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public int getVotesFor() {
		return this.votesFor;
	}

	public int getVotesAgainst() {
		return this.votesAgainst;
	}

	public int getAbstentions() {
		return this.abstentions;
	}

	/** Ballots cast on this candidate. */
	public int cast() {
		return this.votesFor + this.votesAgainst + this.abstentions;
	}

}
