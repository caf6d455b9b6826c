package org.minsheng.tracker.cycle;

/**
 * The steps of the cycle the audit trail records, each with the kind of record it
 * changes.
 */
public enum CycleStep {

	CANDIDATE_PROPOSED(Subject.CANDIDATE), CANDIDATE_SCREENED(Subject.CANDIDATE),
	CANDIDATE_ON_BALLOT(Subject.CANDIDATE), SOLICITATION_SET(Subject.CANDIDATE), VOTE_RECORDED(Subject.VOTE),
	VOTE_ADOPTED(Subject.VOTE), REMARK_MODERATED(Subject.REMARK), OBJECTION_ANSWERED(Subject.REMARK),
	NOTICE_OPENED(Subject.NOTICE), PLAN_FINALISED(Subject.NOTICE), EVALUATION_RECORDED(Subject.EVALUATION);

	private final Subject subject;

	CycleStep(Subject subject) {
		this.subject = subject;
	}

	public Subject subject() {
		return this.subject;
	}

	/** The kinds of record the cycle changes. */
	public enum Subject {

		CANDIDATE, VOTE, REMARK, NOTICE, EVALUATION

	}

}
