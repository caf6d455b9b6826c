package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.county.CountyDirectory;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.minsheng.tracker.voice.SuggestionBoard;
import org.minsheng.tracker.voice.SuggestionCard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How staff prepare a year's candidates: propose one from published suggestions or a
 * department's proposal, screen it in or out with notes and a reason, put it on the
 * ballot, and set the solicitation window. Every step is audited and refreshes the public
 * pages.
 */
@Service
public class CandidateDesk {

	private final Candidates candidates;

	private final SolicitationWindows windows;

	private final CountyDirectory counties;

	private final PlanCatalog plans;

	private final SuggestionBoard suggestions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CandidateDesk(Candidates candidates, SolicitationWindows windows, CountyDirectory counties, PlanCatalog plans,
			SuggestionBoard suggestions, ApplicationEventPublisher events, Clock clock) {
		this.candidates = candidates;
		this.windows = windows;
		this.counties = counties;
		this.plans = plans;
		this.suggestions = suggestions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Candidate> ofYear(int year) {
		List<Candidate> all = this.candidates.findOfYear(year);
		all.forEach((c) -> c.getIndicators().size());
		all.forEach((c) -> c.getSuggestionIds().size());
		return all;
	}

	/** Checks what {@link #propose} would refuse, into {@code problems}. */
	@Transactional(readOnly = true)
	public void check(int year, CandidateInput input, InvalidInputException.Collector problems) {
		if (year < 2000 || year > 2100) {
			problems.add(null, "admin.plan.error.year");
		}
		if (input.leadDepartmentId() != null && this.plans.department(input.leadDepartmentId()).isEmpty()) {
			problems.add("leadDepartmentId", "admin.error.department");
		}
		for (String code : input.countyCodes()) {
			if (this.counties.byCode(code).isEmpty()) {
				problems.add("counties", "voice.error.unknownCounty");
			}
		}
		if (!input.suggestionIds().isEmpty()) {
			List<SuggestionCard> found = this.suggestions.publishedAmong(input.suggestionIds());
			if (found.size() != input.suggestionIds().size()) {
				problems.add("suggestions", "cycle.error.suggestionNotPublished");
			}
		}
	}

	@Transactional
	public Candidate propose(int year, CandidateInput input, String actor) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		check(year, input, problems);
		problems.throwIfAny();
		Department lead = (input.leadDepartmentId() != null)
				? this.plans.department(input.leadDepartmentId()).orElse(null) : null;
		Set<County> places = new LinkedHashSet<>();
		input.countyCodes().forEach((code) -> this.counties.byCode(code).ifPresent(places::add));
		Candidate candidate = this.candidates.save(Candidate.proposed(year, input, lead, places, this.clock.instant()));
		this.events.publishEvent(new CycleChanged(CycleStep.CANDIDATE_PROPOSED, candidate.getId(), null,
				"year=" + year + " state=PROPOSED origin=" + candidate.getOrigin() + " suggestions="
						+ input.suggestionIds() + " title=" + candidate.getTitle(),
				null, actor));
		return candidate;
	}

	@Transactional
	public void screenIn(long id, Long version, ScreeningNotes notes, String actor) {
		Candidate candidate = load(id, version);
		candidate.screenIn(notes);
		this.events.publishEvent(
				new CycleChanged(CycleStep.CANDIDATE_SCREENED, id, "PROPOSED", "SCREENED_IN", describe(notes), actor));
	}

	@Transactional
	public void screenOut(long id, Long version, ScreeningNotes notes, String reason, String actor) {
		Candidate candidate = load(id, version);
		candidate.screenOut(notes, reason);
		this.events.publishEvent(new CycleChanged(CycleStep.CANDIDATE_SCREENED, id, "PROPOSED", "SCREENED_OUT",
				"reason=" + candidate.getScreeningReason() + "; " + describe(notes), actor));
	}

	@Transactional
	public void putOnBallot(long id, Long version, String actor) {
		Candidate candidate = load(id, version);
		candidate.putOnBallot();
		this.events
			.publishEvent(new CycleChanged(CycleStep.CANDIDATE_ON_BALLOT, id, "SCREENED_IN", "ON_BALLOT", null, actor));
	}

	/** Sets the days (both included) the year's candidates take support and comments. */
	@Transactional
	public void setWindow(int year, LocalDate opensOn, LocalDate closesOn, String actor) {
		if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
			throw new CycleException("cycle.error.window");
		}
		String before = this.windows.of(year).map(Object::toString).orElse(null);
		this.windows.set(year, opensOn, closesOn);
		this.events.publishEvent(new CycleChanged(CycleStep.SOLICITATION_SET, (long) year, before,
				opensOn + ".." + closesOn, "solicitation window " + year, actor));
	}

	private static String describe(ScreeningNotes notes) {
		return "need=" + notes.need() + "; feasibility=" + notes.feasibility() + "; budget=" + notes.budget();
	}

	private Candidate load(long id, Long version) {
		Candidate candidate = this.candidates.findById(id)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.candidate", id));
		Versions.require(version, candidate.getVersion(),
				() -> new ObjectOptimisticLockingFailureException(Candidate.class, id));
		return candidate;
	}

}
