package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.minsheng.tracker.plan.AdoptedCommitment;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanDrafting;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the delegates' vote on a year's candidates and turns the chosen ones into the
 * draft plan's commitments in one action. Counts that do not add up are refused with the
 * reason; who is chosen is computed by {@link BallotCount}. Every step is audited.
 */
@Service
public class BallotDesk {

	private final VoteSessions sessions;

	private final Candidates candidates;

	private final PlanDrafting drafting;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BallotDesk(VoteSessions sessions, Candidates candidates, PlanDrafting drafting, ApplicationEventPublisher events,
			Clock clock) {
		this.sessions = sessions;
		this.candidates = candidates;
		this.drafting = drafting;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<VoteSession> session(int year) {
		return this.sessions.findByYear(year);
	}

	/**
	 * The year's candidates on the ballot (or decided by it), in the order they were
	 * proposed.
	 */
	private List<Candidate> onBallot(int year) {
		return this.candidates.findOfYear(year)
			.stream()
			.filter((c) -> c.getState() == CandidateState.ON_BALLOT || c.getState() == CandidateState.CHOSEN
					|| c.getState() == CandidateState.NOT_CHOSEN)
			.toList();
	}

	/** Every reason {@link #record} would refuse these counts. */
	@Transactional(readOnly = true)
	public InvalidInputException.Collector check(int year, VoteInput input) {
		List<Candidate> ballot = onBallot(year);
		Map<Long, Candidate> byId = ballot.stream().collect(Collectors.toMap(Candidate::getId, (c) -> c));
		Map<Long, String> titles = new HashMap<>();
		ballot.forEach((c) -> titles.put(c.getId(), c.getTitle()));
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (input.name() == null || input.name().isBlank() || input.name().strip().length() > 200) {
			problems.add("name", "cycle.vote.error.name");
		}
		if (input.heldOn() == null) {
			problems.add("heldOn", "cycle.vote.error.heldOn");
		}
		if (input.rule() == null) {
			problems.add("rule", "cycle.vote.error.rule");
		}
		if (ballot.isEmpty()) {
			problems.add(null, "cycle.vote.error.emptyBallot", year);
		}
		if (input.tallies().size() != ballot.size()
				|| input.tallies().stream().map(Tally::getCandidateId).distinct().count() != ballot.size()
				|| !input.tallies().stream().allMatch((t) -> byId.containsKey(t.getCandidateId()))) {
			problems.add("tallies", "cycle.vote.error.everyCandidate");
		}
		BallotCount.check(input.seated(), input.present(), input.places(), input.tallies(), titles, problems);
		return problems;
	}

	/**
	 * Records the session and its counts (again, after a run-off, until adopted): refused
	 * with every reason when they do not add up or name a candidate not on the ballot;
	 * otherwise each candidate is chosen, not chosen, or left on the ballot when tied.
	 */
	@Transactional
	public BallotResult record(int year, VoteInput input, String actor) {
		check(year, input).throwIfAny();
		List<Candidate> ballot = onBallot(year);
		Map<Long, Candidate> byId = ballot.stream().collect(Collectors.toMap(Candidate::getId, (c) -> c));
		VoteSession session = this.sessions.findByYear(year).orElseGet(() -> new VoteSession(year));
		String before = (session.getId() != null) ? describe(session) : null;
		ballot.forEach(Candidate::reopenBallot);
		session.record(input, this.clock);
		session = this.sessions.save(session);
		BallotResult result = session.result();
		for (BallotResult.Line line : result.lines()) {
			Candidate candidate = byId.get(line.tally().getCandidateId());
			switch (line.outcome()) {
				case CHOSEN -> candidate.choose();
				case TIED -> {
					// stays on the ballot: a new vote decides the places it competes for
				}
				default -> candidate.reject();
			}
		}
		this.events.publishEvent(new CycleChanged(CycleStep.VOTE_RECORDED, session.getId(), before, describe(session),
				result.hasTie() ? "tie at the last place: " + result.tied() : null, actor));
		return result;
	}

	/**
	 * The chosen candidates become the year's draft plan's commitments, with their
	 * indicators and lead departments, each keeping its link back to the candidate (and
	 * so to its suggestions). Refused while a tie is unresolved or once done.
	 */
	@Transactional
	public List<Commitment> adopt(int year, LocalizedText planTitle, String actor) {
		VoteSession session = this.sessions.findByYear(year)
			.orElseThrow(() -> new CycleException("cycle.vote.error.noVote", year));
		session.adopted(this.clock);
		BallotResult result = session.result();
		Map<Long, Candidate> byId = onBallot(year).stream().collect(Collectors.toMap(Candidate::getId, (c) -> c));
		List<Candidate> chosen = result.chosen().stream().map(byId::get).toList();
		if (chosen.isEmpty()) {
			throw new CycleException("cycle.vote.error.noneChosen");
		}
		List<AdoptedCommitment> adopted = new ArrayList<>();
		for (Candidate candidate : chosen) {
			adopted.add(new AdoptedCommitment(new LocalizedText(candidate.getTitle(), candidate.getTitleEn()),
					candidate.getArea(),
					(candidate.getLeadDepartment() != null) ? candidate.getLeadDepartment().getId() : null,
					candidate.getIndicators()
						.stream()
						.map((i) -> new AdoptedCommitment.AdoptedIndicator(new LocalizedText(i.getName(), null),
								i.getKind(), (i.getUnit() != null) ? new LocalizedText(i.getUnit(), i.getUnit()) : null,
								i.getTarget()))
						.toList()));
		}
		List<Commitment> commitments = this.drafting.adopt(year, planTitle, adopted, actor);
		for (int i = 0; i < chosen.size(); i++) {
			chosen.get(i).becameCommitment(commitments.get(i).getId());
		}
		this.events.publishEvent(new CycleChanged(CycleStep.VOTE_ADOPTED, session.getId(), null, "plan=" + year
				+ " commitments="
				+ commitments.stream().map((c) -> String.valueOf(c.getNumber())).collect(Collectors.joining(",")),
				"candidates=" + result.chosen(), actor));
		return commitments;
	}

	private static String describe(VoteSession session) {
		return "name=" + session.getName() + " held=" + session.getHeldOn() + " seated=" + session.getSeated()
				+ " present=" + session.getPresent() + " places=" + session.getPlaces() + " rule=" + session.getRule()
				+ " tallies="
				+ session.getTallies()
					.stream()
					.map((t) -> t.getCandidateId() + ":" + t.getVotesFor() + "/" + t.getVotesAgainst() + "/"
							+ t.getAbstentions())
					.collect(Collectors.joining(","));
	}

}
