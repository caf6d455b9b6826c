package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.minsheng.tracker.plan.PlanDrafting;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public notice (公示) of a year's draft plan: opened for a window (7 days unless staff
 * say otherwise) with a named contact; once the window is over and every objection is
 * answered, the plan becomes final (published). Audited.
 */
@Service
public class NoticeDesk {

	private final PlanNotices notices;

	private final Remarks remarks;

	private final PlanDrafting drafting;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NoticeDesk(PlanNotices notices, Remarks remarks, PlanDrafting drafting, ApplicationEventPublisher events,
			Clock clock) {
		this.notices = notices;
		this.remarks = remarks;
		this.drafting = drafting;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<PlanNotice> notice(int year) {
		return this.notices.findById(year);
	}

	/** The year's plan, draft or published, if it has one. */
	@Transactional(readOnly = true)
	public Optional<PlanDrafting.PlanOutline> outline(int year) {
		if (this.drafting.plans().stream().noneMatch((p) -> p.getYear() == year)) {
			return Optional.empty();
		}
		return Optional.of(this.drafting.outline(year));
	}

	/** The draft plan as the notice shows it. */
	@Transactional(readOnly = true)
	public PlanDrafting.PlanOutline draft(int year) {
		return this.drafting.outline(year);
	}

	/**
	 * Puts the year's draft plan on notice from {@code opensOn} for {@code days} days.
	 */
	@Transactional
	public PlanNotice open(int year, LocalDate opensOn, Integer days, String contactName, String contactLine,
			String actor) {
		PlanDrafting.PlanOutline outline = this.drafting.outline(year);
		if (outline.plan().isPublished()) {
			throw new CycleException("cycle.notice.error.published", year);
		}
		if (outline.commitments().isEmpty()) {
			throw new CycleException("cycle.notice.error.empty", year);
		}
		if (this.notices.existsById(year)) {
			throw new CycleException("cycle.notice.error.exists", year);
		}
		LocalDate first = (opensOn != null) ? opensOn : LocalDate.now(this.clock.withZone(PlanNotice.BEIJING));
		PlanNotice notice = this.notices.save(PlanNotice.open(year, first,
				(days != null) ? days : PlanNotice.DEFAULT_DAYS, contactName, contactLine));
		this.events.publishEvent(new CycleChanged(CycleStep.NOTICE_OPENED, (long) year, null,
				notice.getOpensOn() + ".." + notice.getClosesOn() + " contact=" + notice.getContactName(), null,
				actor));
		return notice;
	}

	/** After the window, with every objection answered: the plan is published. */
	@Transactional
	public void finalise(int year, String actor) {
		PlanNotice notice = this.notices.findById(year)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.notice", year));
		notice.finalise(this.remarks.countUnanswered(year), this.clock);
		this.drafting.publish(year, actor);
		this.events.publishEvent(new CycleChanged(CycleStep.PLAN_FINALISED, (long) year, "ON_NOTICE", "FINAL",
				"window " + notice.getOpensOn() + ".." + notice.getClosesOn(), actor));
	}

}
