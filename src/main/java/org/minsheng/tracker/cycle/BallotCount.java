package org.minsheng.tracker.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.minsheng.tracker.system.InvalidInputException;

/**
 * The arithmetic of the delegates' vote, in one place. A session's counts are refused
 * unless they add up: at least one delegate seated, no more present than seated, a quorum
 * of two thirds of the seated delegates present (三分之二以上, two thirds included), at least
 * one place and more candidates than places (差额), and per candidate no negative count and
 * for + against + abstain at most the delegates present.
 *
 * <p>
 * Who is chosen follows the rule: a candidate passes with more "for" votes than the
 * rule's half; when no more pass than there are places, all that pass are chosen; when
 * more pass, they are ranked by "for" votes and the first ones fill the places.
 * Candidates tied on "for" votes at the last place are reported as tied, never split by
 * the portal: the places they compete for stay open until a new vote is recorded.
 */
public final class BallotCount {

	private BallotCount() {
	}

	/** The delegates needed for a quorum: two thirds of those seated, rounded up. */
	public static int quorum(int seated) {
		return (2 * seated + 2) / 3;
	}

	/** Every reason these counts cannot be taken, with the candidates' titles. */
	public static void check(int seated, int present, int places, List<Tally> tallies, Map<Long, String> titles,
			InvalidInputException.Collector problems) {
		if (seated < 1) {
			problems.add("seated", "cycle.vote.error.seated");
			return;
		}
		if (present < 0 || present > seated) {
			problems.add("present", "cycle.vote.error.present", present, seated);
			return;
		}
		if (present < quorum(seated)) {
			problems.add("present", "cycle.vote.error.quorum", present, seated, quorum(seated));
		}
		if (places < 1) {
			problems.add("places", "cycle.vote.error.places");
		}
		else if (tallies.size() <= places) {
			problems.add("places", "cycle.vote.error.noCompetition", tallies.size(), places);
		}
		for (Tally tally : tallies) {
			String title = titles.getOrDefault(tally.getCandidateId(), "#" + tally.getCandidateId());
			if (tally.getVotesFor() < 0 || tally.getVotesAgainst() < 0 || tally.getAbstentions() < 0) {
				problems.add("tallies", "cycle.vote.error.negative", title);
			}
			else if (tally.cast() > present) {
				problems.add("tallies", "cycle.vote.error.tooMany", title, tally.getVotesFor(), tally.getVotesAgainst(),
						tally.getAbstentions(), tally.cast(), present);
			}
		}
	}

	/** Who is chosen, in order of "for" votes (ties by the order given). */
	public static BallotResult result(PassRule rule, int seated, int present, int places, List<Tally> tallies) {
		List<Tally> passing = tallies.stream()
			.filter((t) -> rule.passes(t.getVotesFor(), seated, present))
			.sorted(Comparator.comparingInt(Tally::getVotesFor).reversed())
			.toList();
		List<BallotResult.Line> lines = new ArrayList<>();
		List<Long> tied = new ArrayList<>();
		int openPlaces = 0;
		if (passing.size() <= places) {
			passing.forEach((t) -> lines.add(new BallotResult.Line(t, BallotResult.Outcome.CHOSEN)));
		}
		else {
			int threshold = passing.get(places - 1).getVotesFor();
			long above = passing.stream().filter((t) -> t.getVotesFor() > threshold).count();
			List<Tally> atThreshold = passing.stream().filter((t) -> t.getVotesFor() == threshold).toList();
			int left = places - (int) above;
			boolean tie = atThreshold.size() > left;
			for (Tally t : passing) {
				BallotResult.Outcome outcome;
				if (t.getVotesFor() > threshold) {
					outcome = BallotResult.Outcome.CHOSEN;
				}
				else if (t.getVotesFor() == threshold) {
					outcome = tie ? BallotResult.Outcome.TIED : BallotResult.Outcome.CHOSEN;
				}
				else {
					outcome = BallotResult.Outcome.PASSED_WITHOUT_PLACE;
				}
				if (outcome == BallotResult.Outcome.TIED) {
					tied.add(t.getCandidateId());
				}
				lines.add(new BallotResult.Line(t, outcome));
			}
			openPlaces = tie ? left : 0;
		}
		tallies.stream()
			.filter((t) -> !rule.passes(t.getVotesFor(), seated, present))
			.sorted(Comparator.comparingInt(Tally::getVotesFor).reversed())
			.forEach((t) -> lines.add(new BallotResult.Line(t, BallotResult.Outcome.FAILED)));
		return new BallotResult(lines, tied, openPlaces, rule.threshold(seated, present));
	}

}
