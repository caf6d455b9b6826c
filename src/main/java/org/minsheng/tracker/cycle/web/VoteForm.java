package org.minsheng.tracker.cycle.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.minsheng.tracker.cycle.PassRule;
import org.minsheng.tracker.cycle.Tally;
import org.minsheng.tracker.cycle.VoteInput;
import org.minsheng.tracker.system.FormText;
import org.minsheng.tracker.system.InvalidInputException;

/**
 * The vote as staff typed it: the session, and one row of counts per candidate on the
 * ballot (parallel lists, in the ballot's order). Comes back as typed when refused.
 */
public class VoteForm {

	private String name;

	private String heldOn;

	private String seated;

	private String present;

	private String places;

	private String rule = PassRule.MAJORITY_OF_SEATED.name();

	private List<String> candidate = new ArrayList<>();

	private List<String> votesFor = new ArrayList<>();

	private List<String> votesAgainst = new ArrayList<>();

	private List<String> abstentions = new ArrayList<>();

	/** The input, with each unreadable field in {@code problems}. */
	VoteInput toInput(InvalidInputException.Collector problems) {
		LocalDate day = null;
		if (FormText.clean(this.heldOn) != null) {
			try {
				day = LocalDate.parse(this.heldOn.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add("heldOn", "cycle.vote.error.heldOn");
			}
		}
		int seatedCount = number(this.seated, "seated", problems);
		int presentCount = number(this.present, "present", problems);
		int placeCount = number(this.places, "places", problems);
		List<Tally> tallies = new ArrayList<>();
		for (int i = 0; i < this.candidate.size(); i++) {
			String typedId = this.candidate.get(i);
			if (typedId == null || !typedId.matches("[0-9]{1,12}")) {
				problems.add("tallies", "cycle.vote.error.everyCandidate");
				continue;
			}
			Long id = Long.valueOf(typedId);
			tallies.add(new Tally(id, number(at(this.votesFor, i), "tallies", problems),
					number(at(this.votesAgainst, i), "tallies", problems),
					number(at(this.abstentions, i), "tallies", problems)));
		}
		return new VoteInput(FormText.clean(this.name), day, seatedCount, presentCount, placeCount,
				PassRule.fromParameter(this.rule), tallies);
	}

	private static String at(List<String> values, int i) {
		return (i < values.size()) ? values.get(i) : null;
	}

	private static int number(String typed, String field, InvalidInputException.Collector problems) {
		String value = FormText.clean(typed);
		if (value == null || !value.matches("[0-9]{1,6}")) {
			problems.add(field, "cycle.vote.error.number", (value != null) ? value : "");
			return 0;
		}
		return Integer.parseInt(value);
	}

	/** The typed counts of one candidate, or "" before anything was typed. */
	public String typed(List<String> values, Long candidateId) {
		int i = this.candidate.indexOf(String.valueOf(candidateId));
		return (i >= 0 && i < values.size() && values.get(i) != null) ? values.get(i) : "";
	}

	public String getTallies() {
		return null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getSeated() {
		return this.seated;
	}

	public void setSeated(String seated) {
		this.seated = seated;
	}

	public String getPresent() {
		return this.present;
	}

	public void setPresent(String present) {
		this.present = present;
	}

	public String getPlaces() {
		return this.places;
	}

	public void setPlaces(String places) {
		this.places = places;
	}

	public String getRule() {
		return this.rule;
	}

	public void setRule(String rule) {
		this.rule = rule;
	}

	public List<String> getCandidate() {
		return this.candidate;
	}

	public void setCandidate(List<String> candidate) {
		this.candidate = candidate;
	}

	public List<String> getVotesFor() {
		return this.votesFor;
	}

	public void setVotesFor(List<String> votesFor) {
		this.votesFor = votesFor;
	}

	public List<String> getVotesAgainst() {
		return this.votesAgainst;
	}

	public void setVotesAgainst(List<String> votesAgainst) {
		this.votesAgainst = votesAgainst;
	}

	public List<String> getAbstentions() {
		return this.abstentions;
	}

	public void setAbstentions(List<String> abstentions) {
		this.abstentions = abstentions;
	}

}
