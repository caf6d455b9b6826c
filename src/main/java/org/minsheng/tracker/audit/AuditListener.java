package org.minsheng.tracker.audit;

import java.util.Objects;

import org.minsheng.tracker.audit.AuditSubject.Kind;
import org.minsheng.tracker.cycle.CycleChanged;
import org.minsheng.tracker.plan.CommitmentAdded;
import org.minsheng.tracker.plan.DepartmentCreated;
import org.minsheng.tracker.plan.IndicatorAdded;
import org.minsheng.tracker.plan.LeadDepartmentAssigned;
import org.minsheng.tracker.plan.PlanDraftCreated;
import org.minsheng.tracker.plan.PlanPublished;
import org.minsheng.tracker.plan.PlanStatus;
import org.minsheng.tracker.progress.ReportApproved;
import org.minsheng.tracker.progress.ReportFiled;
import org.minsheng.tracker.progress.ReportRejected;
import org.minsheng.tracker.progress.ReportSuperseded;
import org.minsheng.tracker.site.SiteActivity;
import org.minsheng.tracker.spreadsheet.SpreadsheetImported;
import org.minsheng.tracker.staff.AccountChanged;
import org.minsheng.tracker.staff.AccountCreated;
import org.minsheng.tracker.staff.SignInActivity;
import org.minsheng.tracker.staff.ThrottleCleared;
import org.minsheng.tracker.system.AccessRefused;
import org.minsheng.tracker.voice.SuggestionLinked;
import org.minsheng.tracker.voice.SuggestionMerged;
import org.minsheng.tracker.voice.SuggestionPublished;
import org.minsheng.tracker.voice.SuggestionRejected;
import org.minsheng.tracker.workday.WorkingDayChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the features announce, in the transaction that made the change: nothing is
 * public without its audit row, and if the row cannot be written the change rolls back.
 */
@Component
class AuditListener {

	private final AuditTrail trail;

	AuditListener(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(ReportFiled event) {
		this.trail.record(event.editor(), event.submitted() ? AuditAction.REPORT_SUBMITTED : AuditAction.REPORT_SAVED,
				AuditSubject.of(Kind.PROGRESS_REPORT, event.reportId()), event.before(), event.after(), null);
	}

	@EventListener
	void on(ReportApproved event) {
		this.trail.record(event.reviewer(), AuditAction.REPORT_APPROVED,
				AuditSubject.of(Kind.PROGRESS_REPORT, event.reportId()), event.before(), event.after(), null);
	}

	@EventListener
	void on(ReportRejected event) {
		this.trail.record(event.reviewer(), AuditAction.REPORT_REJECTED,
				AuditSubject.of(Kind.PROGRESS_REPORT, event.reportId()), event.before(), event.after(), event.reason());
	}

	@EventListener
	void on(ReportSuperseded event) {
		this.trail.record(event.reviewer(), AuditAction.REPORT_SUPERSEDED,
				AuditSubject.of(Kind.PROGRESS_REPORT, event.reportId()), event.before(), event.after(),
				"superseded_by=" + event.successorId());
	}

	@EventListener
	void on(SpreadsheetImported event) {
		this.trail.record(event.editor(), AuditAction.IMPORT_COMMITTED,
				AuditSubject.of(Kind.IMPORT_BATCH, event.batchId()), null, "rows=" + event.rows(),
				"file=" + event.fileName() + "; rows=" + event.rows());
	}

	@EventListener
	void on(SuggestionPublished event) {
		this.trail.record(event.moderator(), AuditAction.SUGGESTION_PUBLISHED,
				AuditSubject.of(Kind.SUGGESTION, event.suggestionId()), "PENDING", "PUBLISHED", null);
	}

	@EventListener
	void on(SuggestionRejected event) {
		this.trail.record(event.moderator(), AuditAction.SUGGESTION_REJECTED,
				AuditSubject.of(Kind.SUGGESTION, event.suggestionId()), "PENDING", "REJECTED", event.reason());
	}

	@EventListener
	void on(SuggestionMerged event) {
		this.trail.record(event.moderator(), AuditAction.SUGGESTION_MERGED,
				AuditSubject.of(Kind.SUGGESTION, event.suggestionId()), "PENDING", "MERGED into " + event.targetId(),
				null);
	}

	@EventListener
	void on(SuggestionLinked event) {
		this.trail.record(event.moderator(), AuditAction.SUGGESTION_LINKED,
				AuditSubject.of(Kind.SUGGESTION, event.suggestionId()), Objects.toString(event.before(), null),
				Objects.toString(event.after(), null), null);
	}

	@EventListener
	void on(PlanDraftCreated event) {
		this.trail.record(event.admin(), AuditAction.ADMIN_CHANGE, AuditSubject.of(Kind.PLAN, event.planId()), null,
				"year=" + event.year() + " status=" + PlanStatus.DRAFT + " title=" + event.title(), "draft created");
	}

	@EventListener
	void on(CommitmentAdded event) {
		this.trail.record(event.admin(), AuditAction.ADMIN_CHANGE,
				AuditSubject.of(Kind.COMMITMENT, event.commitmentId()), null,
				"plan=" + event.year() + " number=" + event.number() + " area=" + event.area() + " lead=" + event.lead()
						+ " title=" + event.title(),
				"commitment added");
	}

	@EventListener
	void on(IndicatorAdded event) {
		this.trail.record(event.admin(), AuditAction.ADMIN_CHANGE, AuditSubject.of(Kind.INDICATOR, event.indicatorId()),
				null, "commitment=" + event.year() + "-" + event.number() + " position=" + event.position() + " "
						+ event.description(),
				"indicator added");
	}

	@EventListener
	void on(PlanPublished event) {
		this.trail.record(event.admin(), AuditAction.ADMIN_CHANGE, AuditSubject.of(Kind.PLAN, event.planId()),
				"status=" + PlanStatus.DRAFT, "status=" + PlanStatus.PUBLISHED + " commitments=" + event.commitments(),
				"plan published");
	}

	@EventListener
	void on(DepartmentCreated event) {
		this.trail.record(event.admin(), AuditAction.ADMIN_CHANGE,
				AuditSubject.of(Kind.DEPARTMENT, event.departmentId()), null, event.code() + " " + event.name(), null);
	}

	@EventListener
	void on(LeadDepartmentAssigned event) {
		this.trail.record(event.admin(), AuditAction.ADMIN_CHANGE,
				AuditSubject.of(Kind.COMMITMENT, event.commitmentId()), "lead=" + event.before(),
				"lead=" + event.after(), null);
	}

	@EventListener
	void on(AccountCreated event) {
		String after = (event.access() != null) ? "username=" + event.username() + " " + event.access()
				: event.username();
		String detail = switch (event.password()) {
			case GENERATED -> "generated password";
			case SET_BY_ADMINISTRATOR -> "password set by administrator";
			case FROM_ENVIRONMENT -> "from PORTAL_ADMIN_PASSWORD";
		};
		this.trail.record(event.actor(), AuditAction.ACCOUNT_CREATED, AuditSubject.of(Kind.APP_USER, event.userId()),
				null, after, detail);
	}

	@EventListener
	void on(AccountChanged event) {
		String detail = switch (event.change()) {
			case ACCESS -> null;
			case DISABLED -> "disabled";
			case ENABLED -> "enabled";
			case PASSWORD_RESET -> "password reset";
			case PASSWORD_CHANGED -> "password changed by its owner";
			case EMAIL_CHANGED -> "reminder email address changed by its owner";
		};
		this.trail.record(event.admin(), AuditAction.ADMIN_CHANGE, AuditSubject.of(Kind.APP_USER, event.userId()),
				event.before(), event.after(), detail);
	}

	@EventListener
	void on(SignInActivity event) {
		AuditAction action = switch (event.kind()) {
			case SIGNED_IN -> AuditAction.SIGN_IN;
			case WRONG_PASSWORD, REFUSED_WHILE_LOCKED -> AuditAction.SIGN_IN_FAILED;
			case LOCKED -> AuditAction.SIGN_IN_LOCKED;
			case SIGNED_OUT -> AuditAction.SIGN_OUT;
		};
		this.trail.record(event.username(), action, AuditSubject.of(Kind.APP_USER, null), null, null,
				(event.kind() == SignInActivity.Kind.REFUSED_WHILE_LOCKED) ? "locked" : null);
	}

	@EventListener
	void on(ThrottleCleared event) {
		this.trail.record(event.admin(), AuditAction.THROTTLE_CLEARED, AuditSubject.of(Kind.APP_USER, null),
				event.kind() + " " + event.key() + " failures=" + event.failures(), null, "sign-in throttle cleared");
	}

	@EventListener
	void on(AccessRefused event) {
		this.trail.record(event.username(), AuditAction.REQUEST_REFUSED, AuditSubject.of(Kind.APP_USER, null), null,
				null, event.method() + " " + event.path() + " (" + event.reason() + ")");
	}

	@EventListener
	void on(WorkingDayChanged event) {
		this.trail.record(event.admin(), AuditAction.WORKING_DAY_CHANGED, AuditSubject.of(Kind.CALENDAR_DAY, null),
				event.before(), event.after(), "date=" + event.date());
	}

	@EventListener
	void on(SiteActivity event) {
		Kind kind = event.what().aboutProblem() ? Kind.SITE_PROBLEM
				: (event.subjectId() != null) ? Kind.SITE : Kind.IMPORT_BATCH;
		this.trail.record(event.actor(), AuditAction.valueOf(event.what().name()),
				AuditSubject.of(kind, event.subjectId()), event.before(), event.after(), event.detail());
	}

	@EventListener
	void on(CycleChanged event) {
		Kind kind = switch (event.step().subject()) {
			case CANDIDATE -> Kind.CANDIDATE_PROJECT;
			case VOTE -> Kind.VOTE_SESSION;
			case REMARK -> Kind.RESIDENT_REMARK;
			case NOTICE -> Kind.PLAN_NOTICE;
			case EVALUATION -> Kind.COMMITMENT_EVALUATION;
		};
		this.trail.record(event.actor(), AuditAction.valueOf(event.step().name()),
				AuditSubject.of(kind, event.subjectId()), event.before(), event.after(), event.detail());
	}

}
