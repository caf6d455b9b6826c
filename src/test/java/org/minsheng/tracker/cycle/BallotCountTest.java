package org.minsheng.tracker.cycle;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minsheng.tracker.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vote's arithmetic at its edges: counts that do not add up, the quorum, abstentions,
 * the pass threshold, more passing than places, and a tie at the last place.
 */
class BallotCountTest {

	private static Tally tally(long id, int votesFor, int against, int abstain) {
		return new Tally(id, votesFor, against, abstain);
	}

	private static List<String> problems(int seated, int present, int places, List<Tally> tallies) {
		InvalidInputException.Collector collector = new InvalidInputException.Collector();
		BallotCount.check(seated, present, places, tallies, Map.of(1L, "甲", 2L, "乙", 3L, "丙"), collector);
		try {
			collector.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.getProblems().stream().map((p) -> p.messageKey()).toList();
		}
	}

	@Test
	void countsThatAddUpAreTaken() {
		assertThat(problems(300, 280, 2, List.of(tally(1, 200, 50, 30), tally(2, 151, 100, 29), tally(3, 0, 0, 0))))
			.isEmpty();
	}

	@Test
	void moreBallotsThanDelegatesPresentAreRefused() {
		assertThat(problems(300, 280, 2, List.of(tally(1, 200, 50, 31), tally(2, 1, 1, 1), tally(3, 1, 1, 1))))
			.containsExactly("cycle.vote.error.tooMany");
	}

	@Test
	void negativeCountsAndMorePresentThanSeatedAreRefused() {
		assertThat(problems(300, 280, 2, List.of(tally(1, -1, 0, 0), tally(2, 1, 1, 1), tally(3, 1, 1, 1))))
			.containsExactly("cycle.vote.error.negative");
		assertThat(problems(300, 301, 2, List.of(tally(1, 1, 0, 0), tally(2, 1, 1, 1), tally(3, 1, 1, 1))))
			.containsExactly("cycle.vote.error.present");
		assertThat(problems(0, 0, 2, List.of())).containsExactly("cycle.vote.error.seated");
	}

	@Test
	void withoutAQuorumOfTwoThirdsThereIsNoVote() {
		assertThat(BallotCount.quorum(300)).isEqualTo(200);
		assertThat(BallotCount.quorum(301)).isEqualTo(201);
		assertThat(problems(300, 199, 2, List.of(tally(1, 150, 0, 0), tally(2, 1, 1, 1), tally(3, 1, 1, 1))))
			.containsExactly("cycle.vote.error.quorum");
		assertThat(problems(300, 200, 2, List.of(tally(1, 150, 0, 0), tally(2, 1, 1, 1), tally(3, 1, 1, 1))))
			.as("exactly two thirds is a quorum (三分之二以上)")
			.isEmpty();
	}

	@Test
	void aCompetitiveVoteNeedsMoreCandidatesThanPlaces() {
		assertThat(problems(300, 280, 3, List.of(tally(1, 200, 0, 0), tally(2, 200, 0, 0), tally(3, 200, 0, 0))))
			.containsExactly("cycle.vote.error.noCompetition");
		assertThat(problems(300, 280, 0, List.of(tally(1, 200, 0, 0)))).containsExactly("cycle.vote.error.places");
	}

	@Test
	void morethanHalfOfTheSeatedPassesAndAbstentionsDoNotHelp() {
		BallotResult result = BallotCount.result(PassRule.MAJORITY_OF_SEATED, 300, 280, 2,
				List.of(tally(1, 151, 0, 129), tally(2, 150, 0, 130), tally(3, 10, 0, 270)));
		assertThat(result.threshold()).isEqualTo(151);
		assertThat(result.lineOf(1L).outcome()).isEqualTo(BallotResult.Outcome.CHOSEN);
		assertThat(result.lineOf(2L).outcome()).as("exactly half is not more than half")
			.isEqualTo(BallotResult.Outcome.FAILED);
		assertThat(result.lineOf(3L).outcome()).isEqualTo(BallotResult.Outcome.FAILED);
		assertThat(result.chosen()).containsExactly(1L);
	}

	@Test
	void theRuleOfThoseePresentCountsFromThePresent() {
		BallotResult result = BallotCount.result(PassRule.MAJORITY_OF_PRESENT, 300, 200, 1,
				List.of(tally(1, 101, 99, 0), tally(2, 100, 100, 0)));
		assertThat(result.chosen()).containsExactly(1L);
		assertThat(result.threshold()).isEqualTo(101);
	}

	@Test
	void whenMorePassThanPlacesTheMostForVotesWin() {
		BallotResult result = BallotCount.result(PassRule.MAJORITY_OF_SEATED, 300, 290, 2,
				List.of(tally(1, 200, 0, 0), tally(2, 260, 0, 0), tally(3, 230, 0, 0)));
		assertThat(result.chosen()).containsExactly(2L, 3L);
		assertThat(result.lineOf(1L).outcome()).isEqualTo(BallotResult.Outcome.PASSED_WITHOUT_PLACE);
		assertThat(result.hasTie()).isFalse();
	}

	@Test
	void aTieAtTheLastPlaceIsReportedNotBroken() {
		BallotResult result = BallotCount.result(PassRule.MAJORITY_OF_SEATED, 300, 290, 2,
				List.of(tally(1, 260, 0, 0), tally(2, 230, 0, 0), tally(3, 230, 0, 0)));
		assertThat(result.chosen()).containsExactly(1L);
		assertThat(result.tied()).containsExactlyInAnyOrder(2L, 3L);
		assertThat(result.openPlaces()).isEqualTo(1);
		assertThat(result.lineOf(2L).outcome()).isEqualTo(BallotResult.Outcome.TIED);
	}

	@Test
	void aTieWithinThePlacesChoosesBoth() {
		BallotResult result = BallotCount.result(PassRule.MAJORITY_OF_SEATED, 300, 290, 2,
				List.of(tally(1, 230, 0, 0), tally(2, 230, 0, 0), tally(3, 160, 0, 0)));
		assertThat(result.chosen()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(result.hasTie()).isFalse();
		assertThat(result.lineOf(3L).outcome()).isEqualTo(BallotResult.Outcome.PASSED_WITHOUT_PLACE);
	}

	@Test
	void fewerPassingThanPlacesLeavesPlacesEmpty() {
		BallotResult result = BallotCount.result(PassRule.MAJORITY_OF_SEATED, 300, 290, 2,
				List.of(tally(1, 151, 0, 0), tally(2, 100, 0, 0), tally(3, 100, 0, 0)));
		assertThat(result.chosen()).containsExactly(1L);
		assertThat(result.hasTie()).as("ties below the threshold decide nothing").isFalse();
	}

	@Test
	void theEvaluationPassesWithMoreThanHalfSatisfiedOrBasicallySatisfied() {
		assertThat(new Verdicts(100, 51, 150).passes()).isTrue();
		assertThat(new Verdicts(100, 50, 150).passes()).as("exactly half fails").isFalse();
		assertThat(Verdicts.NONE.passes()).isFalse();
		assertThat(new Verdicts(1, 1, 2).approvalPercent()).isEqualTo(50.0);
		assertThatThrownBy(() -> new Verdicts(-1, 0, 0)).isInstanceOf(CycleException.class);
	}

	@Test
	void aCandidateMovesOnlyThroughItsNamedSteps() {
		Candidate candidate = Candidate
			.proposed(
					2090, new CandidateInput("测试项目", null, "说明", org.minsheng.tracker.plan.Area.HEALTH, null, null,
							List.of(), java.util.Set.of(), List.of()),
					null, java.util.Set.of(), java.time.Instant.now());
		assertThatThrownBy(candidate::putOnBallot).isInstanceOf(CycleException.class);
		assertThatThrownBy(() -> candidate.screenOut(new ScreeningNotes(null, null, null), " "))
			.isInstanceOf(CycleException.class);
		candidate.screenIn(new ScreeningNotes("群众呼声高", "可行", "可承受"));
		assertThatThrownBy(() -> candidate.screenIn(new ScreeningNotes(null, null, null)))
			.isInstanceOf(CycleException.class);
		candidate.putOnBallot();
		candidate.choose();
		assertThat(candidate.getState()).isEqualTo(CandidateState.CHOSEN);
		assertThatThrownBy(candidate::reject).isInstanceOf(CycleException.class);
	}

}
