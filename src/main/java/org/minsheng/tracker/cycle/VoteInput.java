package org.minsheng.tracker.cycle;

import java.time.LocalDate;
import java.util.List;

/**
 * A vote session as staff recorded it.
 *
 * @param tallies one per candidate on the ballot
 */
public record VoteInput(String name, LocalDate heldOn, int seated, int present, int places, PassRule rule,
		List<Tally> tallies) {

	public VoteInput {
		tallies = List.copyOf(tallies);
	}

}
