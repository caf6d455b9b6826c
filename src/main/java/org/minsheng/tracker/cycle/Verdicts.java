package org.minsheng.tracker.cycle;

/**
 * Counts of satisfied (满意), basically satisfied (基本满意) and dissatisfied (不满意), from the
 * delegates' secret ballot or residents' open online ratings. The pass rule: satisfied
 * plus basically satisfied are more than half of all counted; none counted passes
 * nothing.
 */
public record Verdicts(int satisfied, int basicallySatisfied, int dissatisfied) {

	public static final Verdicts NONE = new Verdicts(0, 0, 0);

	public Verdicts {
		if (satisfied < 0 || basicallySatisfied < 0 || dissatisfied < 0) {
			throw new CycleException("cycle.evaluation.error.negative");
		}
	}

	public int total() {
		return this.satisfied + this.basicallySatisfied + this.dissatisfied;
	}

	public boolean passes() {
		return 2L * (this.satisfied + this.basicallySatisfied) > total();
	}

	/**
	 * Satisfied plus basically satisfied, in percent of the total, one decimal; null for
	 * none.
	 */
	public Double approvalPercent() {
		if (total() == 0) {
			return null;
		}
		return Math.round(1000.0 * (this.satisfied + this.basicallySatisfied) / total()) / 10.0;
	}

	Verdicts plus(Verdict verdict) {
		return switch (verdict) {
			case SATISFIED -> new Verdicts(this.satisfied + 1, this.basicallySatisfied, this.dissatisfied);
			case BASICALLY_SATISFIED -> new Verdicts(this.satisfied, this.basicallySatisfied + 1, this.dissatisfied);
			case DISSATISFIED -> new Verdicts(this.satisfied, this.basicallySatisfied, this.dissatisfied + 1);
		};
	}

}
