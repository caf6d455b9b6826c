package org.minsheng.tracker.audit;

import org.minsheng.tracker.audit.AuditSubject.Kind;
import org.minsheng.tracker.funding.FundingApproved;
import org.minsheng.tracker.funding.FundingFiled;
import org.minsheng.tracker.funding.FundingRejected;
import org.minsheng.tracker.pace.MilestoneChangeApproved;
import org.minsheng.tracker.pace.MilestoneChangeFiled;
import org.minsheng.tracker.pace.MilestoneChangeRejected;
import org.minsheng.tracker.pace.MilestonesDrafted;
import org.minsheng.tracker.watch.WatchLifted;
import org.minsheng.tracker.watch.WatchPlaced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what keeping the year on track announces (milestones, the watch list, funding),
 * in the transaction that made the change, like {@link AuditListener}.
 */
@Component
class PaceAuditListener {

	private final AuditTrail trail;

	PaceAuditListener(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(MilestonesDrafted event) {
		this.trail.record(event.admin(), AuditAction.MILESTONES_SET,
				AuditSubject.of(Kind.INDICATOR, event.indicatorId()), event.before(), event.after(), "draft plan");
	}

	@EventListener
	void on(MilestoneChangeFiled event) {
		this.trail.record(event.editor(), AuditAction.MILESTONE_CHANGE_FILED,
				AuditSubject.of(Kind.MILESTONE_CHANGE, event.changeId()), null, event.after(), event.reason());
	}

	@EventListener
	void on(MilestoneChangeApproved event) {
		this.trail.record(event.reviewer(), AuditAction.MILESTONE_CHANGE_APPROVED,
				AuditSubject.of(Kind.MILESTONE_CHANGE, event.changeId()), event.before(), event.after(),
				event.reason());
	}

	@EventListener
	void on(MilestoneChangeRejected event) {
		this.trail.record(event.reviewer(), AuditAction.MILESTONE_CHANGE_REJECTED,
				AuditSubject.of(Kind.MILESTONE_CHANGE, event.changeId()), null, event.after(), event.reason());
	}

	@EventListener
	void on(WatchPlaced event) {
		this.trail.record(event.reviewer(), AuditAction.WATCH_PLACED,
				AuditSubject.of(Kind.WATCH_ENTRY, event.entryId()), null, event.after(), event.reason());
	}

	@EventListener
	void on(WatchLifted event) {
		this.trail.record(event.reviewer(), AuditAction.WATCH_LIFTED,
				AuditSubject.of(Kind.WATCH_ENTRY, event.entryId()), event.before(), event.after(), event.note());
	}

	@EventListener
	void on(FundingFiled event) {
		this.trail.record(event.editor(), AuditAction.FUNDING_FILED,
				AuditSubject.of(Kind.FUNDING_REPORT, event.reportId()), null, event.after(), event.explanation());
	}

	@EventListener
	void on(FundingApproved event) {
		this.trail.record(event.reviewer(), AuditAction.FUNDING_APPROVED,
				AuditSubject.of(Kind.FUNDING_REPORT, event.reportId()), event.before(), event.after(), null);
	}

	@EventListener
	void on(FundingRejected event) {
		this.trail.record(event.reviewer(), AuditAction.FUNDING_REJECTED,
				AuditSubject.of(Kind.FUNDING_REPORT, event.reportId()), null, event.after(), event.reason());
	}

}
