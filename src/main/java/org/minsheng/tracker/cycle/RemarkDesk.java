package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.util.List;

import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.PortalProperties;
import org.minsheng.tracker.system.Versions;
import org.minsheng.tracker.voice.VisitorGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' comments on candidates and objections to plans on notice: taken like
 * suggestions (rate-limited per hashed client address, no server session, contact details
 * private), moderated by the supervision office, and objections answered in public.
 * Moderation and answers are audited.
 */
@Service
public class RemarkDesk {

	static final String ACTION = "remark";

	private final Remarks remarks;

	private final Candidates candidates;

	private final SolicitationWindows windows;

	private final PlanNotices notices;

	private final VisitorGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int perHour;

	RemarkDesk(Remarks remarks, Candidates candidates, SolicitationWindows windows, PlanNotices notices,
			VisitorGuard guard, ApplicationEventPublisher events, Clock clock, PortalProperties settings) {
		this.remarks = remarks;
		this.candidates = candidates;
		this.windows = windows;
		this.notices = notices;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
		this.perHour = settings.voice().suggestionsPerHour();
	}

	/** A comment on a public candidate while its year's window is open. */
	@Transactional
	public RemarkOutcome comment(long candidateId, String text, String contact, String remoteAddress) {
		Candidate candidate = this.candidates.findById(candidateId)
			.filter(Candidate::isPublic)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.candidate", candidateId));
		if (!this.windows.isOpen(candidate.getYear())) {
			return RemarkOutcome.CLOSED;
		}
		if (!this.guard.tryAcquire(ACTION, remoteAddress, this.perHour)) {
			return RemarkOutcome.RATE_LIMITED;
		}
		this.remarks.save(ResidentRemark.comment(candidateId, text, contact, this.clock.instant()));
		return RemarkOutcome.RECEIVED;
	}

	/** An objection to a plan on notice while its window is open. */
	@Transactional
	public RemarkOutcome object(int year, String text, String contact, String remoteAddress) {
		PlanNotice notice = this.notices.findById(year)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.notice", year));
		if (!notice.isOpen(this.clock)) {
			return RemarkOutcome.CLOSED;
		}
		if (!this.guard.tryAcquire(ACTION, remoteAddress, this.perHour)) {
			return RemarkOutcome.RATE_LIMITED;
		}
		this.remarks.save(ResidentRemark.objection(year, text, contact, this.clock.instant()));
		return RemarkOutcome.RECEIVED;
	}

	/** Trap for the honeypot field: counted against the address, otherwise ignored. */
	public void trap(String remoteAddress) {
		this.guard.tryAcquire(ACTION, remoteAddress, this.perHour);
	}

	@Transactional(readOnly = true)
	public List<ResidentRemark> pending() {
		return this.remarks.findPending();
	}

	/** Published objections still waiting for their answer. */
	@Transactional(readOnly = true)
	public List<ResidentRemark> unansweredObjections() {
		return this.remarks.findPublishedUnanswered();
	}

	@Transactional(readOnly = true)
	public List<ResidentRemark> publishedComments(long candidateId) {
		return this.remarks.findPublishedComments(candidateId);
	}

	@Transactional(readOnly = true)
	public List<ResidentRemark> publishedObjections(int year) {
		return this.remarks.findPublishedObjections(year);
	}

	@Transactional
	public void publish(long id, Long version, Long moderatorId, String moderator) {
		ResidentRemark remark = load(id, version);
		remark.publish(moderatorId, this.clock);
		this.events.publishEvent(new CycleChanged(CycleStep.REMARK_MODERATED, id, "PENDING", "PUBLISHED",
				remark.getKind().name(), moderator));
	}

	@Transactional
	public void reject(long id, Long version, String reason, Long moderatorId, String moderator) {
		ResidentRemark remark = load(id, version);
		remark.reject(moderatorId, reason, this.clock);
		this.events.publishEvent(new CycleChanged(CycleStep.REMARK_MODERATED, id, "PENDING", "REJECTED",
				remark.getKind() + " reason=" + remark.getRejectionReason(), moderator));
	}

	@Transactional
	public void answer(long id, Long version, String answer, Long moderatorId, String moderator) {
		ResidentRemark remark = load(id, version);
		String before = remark.getState().name();
		remark.answer(answer, moderatorId, this.clock);
		this.events.publishEvent(
				new CycleChanged(CycleStep.OBJECTION_ANSWERED, id, before, "ANSWERED", remark.getAnswer(), moderator));
	}

	private ResidentRemark load(long id, Long version) {
		ResidentRemark remark = this.remarks.findById(id)
			.orElseThrow(() -> new NotFoundException("cycle.notFound.remark", id));
		Versions.require(version, remark.getVersion(),
				() -> new ObjectOptimisticLockingFailureException(ResidentRemark.class, id));
		return remark;
	}

}
