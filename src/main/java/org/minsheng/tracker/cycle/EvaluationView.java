package org.minsheng.tracker.cycle;

/**
 * A commitment's verdicts: the delegates' evaluation (null when none is recorded: the
 * sources give none for 2025) and residents' open online ratings, kept apart.
 */
public record EvaluationView(Long commitmentId, Evaluation delegates, Verdicts online) {

	/** The verdicts a resident may choose from. */
	public Verdict[] verdicts() {
		return Verdict.values();
	}

	public boolean evaluated() {
		return this.delegates != null;
	}

	/** Whether the delegates' evaluation failed it (satisfied + basically ≤ half). */
	public boolean failed() {
		return this.delegates != null && !this.delegates.passes();
	}

}
