package org.minsheng.tracker.cycle;

/**
 * The screening notes on a candidate: the need it meets, whether it can be done, what the
 * budget can bear (财政承受能力). Each is optional and at most 1,000 characters.
 */
public record ScreeningNotes(String need, String feasibility, String budget) {

	static final int MAX = 1000;

	public ScreeningNotes {
		need = clean(need);
		feasibility = clean(feasibility);
		budget = clean(budget);
		for (String note : new String[] { need, feasibility, budget }) {
			if (note != null && note.length() > MAX) {
				throw new CycleException("cycle.error.noteTooLong", MAX);
			}
		}
	}

	private static String clean(String typed) {
		return (typed == null || typed.isBlank()) ? null : typed.strip();
	}

}
