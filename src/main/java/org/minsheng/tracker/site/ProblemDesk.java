package org.minsheng.tracker.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.site.SiteEvents.ProblemAnswered;
import org.minsheng.tracker.site.SiteEvents.ProblemPublished;
import org.minsheng.tracker.site.SiteEvents.ProblemRejected;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' problem reports inside the workspace: the supervision office moderates them
 * (publish, or reject with a reason) and sees the overdue ones; the lead department sees
 * its queue and answers, publicly, once.
 */
@Service
public class ProblemDesk {

	private final SiteProblems problems;

	private final PlanCatalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProblemDesk(SiteProblems problems, PlanCatalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.problems = problems;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SiteProblem> pending() {
		return this.problems.findPending();
	}

	/**
	 * Reports with no reply past their due day, most overdue first, with the lead
	 * department.
	 */
	@Transactional(readOnly = true)
	public List<SiteProblem> overdue() {
		return this.problems.findOverdue(LocalDate.now(this.clock));
	}

	/** What the editor's departments have still to answer, soonest due first. */
	@Transactional(readOnly = true)
	public List<SiteProblem> queueOf(StaffMember editor) {
		if (editor.departmentIds().isEmpty()) {
			return List.of();
		}
		List<Long> led = this.catalog.ledBy(editor.departmentIds()).stream().map(Commitment::getId).toList();
		return led.isEmpty() ? List.of() : this.problems.findUnansweredOfCommitments(led);
	}

	@Transactional
	public void publish(Long problemId, Long version, StaffMember moderator) {
		SiteProblem problem = current(problemId, version);
		String before = problem.snapshot();
		problem.publish(moderator.id(), this.clock.instant());
		this.problems.saveAndFlush(problem);
		this.events.publishEvent(new ProblemPublished(moderator.username(), problemId, before, problem.snapshot()));
	}

	@Transactional
	public void reject(Long problemId, Long version, String reason, StaffMember moderator) {
		SiteProblem problem = current(problemId, version);
		String before = problem.snapshot();
		problem.reject(moderator.id(), reason, this.clock.instant());
		this.problems.saveAndFlush(problem);
		this.events.publishEvent(new ProblemRejected(moderator.username(), problemId, before, problem.snapshot(),
				problem.getRejectionReason()));
	}

	/** The lead department's answer; only a member of it may give it. */
	@Transactional
	public void answer(Long problemId, Long version, String text, boolean resolved, StaffMember editor) {
		SiteProblem problem = current(problemId, version);
		Commitment commitment = this.catalog.indicator(problem.getSite().getIndicator().getId())
			.orElseThrow()
			.getCommitment();
		if (!editor.belongsTo(commitment.getLeadDepartment())) {
			throw new AccessDeniedException("not a member of the lead department");
		}
		answer(problem, editor.id(), editor.username(), text, resolved);
	}

	/** Answers without a signed-in editor (the demonstration data). */
	@Transactional
	public void answerAs(Long problemId, String actor, String text, boolean resolved) {
		answer(this.problems.findById(problemId).orElseThrow(), null, actor, text, resolved);
	}

	/** Publishes without a signed-in moderator (the demonstration data). */
	@Transactional
	public void publishAs(Long problemId, String actor) {
		SiteProblem problem = this.problems.findById(problemId).orElseThrow();
		String before = problem.snapshot();
		problem.publish(null, this.clock.instant());
		this.events.publishEvent(new ProblemPublished(actor, problemId, before, problem.snapshot()));
	}

	private void answer(SiteProblem problem, Long replier, String actor, String text, boolean resolved) {
		String before = problem.snapshot();
		problem.answer(replier, text, resolved, this.clock.instant());
		this.problems.saveAndFlush(problem);
		this.events.publishEvent(new ProblemAnswered(actor, problem.getId(), before, problem.snapshot()));
	}

	private SiteProblem current(Long problemId, Long version) {
		SiteProblem problem = this.problems.findById(problemId)
			.orElseThrow(() -> new NotFoundException("notFound.sites.problem", String.valueOf(problemId)));
		Versions.require(version, problem.getVersion(), () -> new SiteReviewException("sites.review.error.conflict"));
		return problem;
	}

}
