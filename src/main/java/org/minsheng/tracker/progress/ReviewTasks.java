package org.minsheng.tracker.progress;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffMember;
import org.minsheng.tracker.staff.WorkspaceTask;
import org.minsheng.tracker.staff.WorkspaceTasks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reports on the workspace home: editors see their reports sent back to answer; the
 * supervision office sees the review queue with how long each report has waited.
 */
@Component
class ReviewTasks implements WorkspaceTasks {

	private final ReviewService reviews;

	private final ReportDesk desk;

	private final Clock clock;

	ReviewTasks(ReviewService reviews, ReportDesk desk, Clock clock) {
		this.reviews = reviews;
		this.desk = desk;
		this.clock = clock;
	}

	@Override
	public List<WorkspaceTask> tasksFor(StaffMember member) {
		List<WorkspaceTask> tasks = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		if (member.hasRole(Role.EDITOR)) {
			this.desk.forEditor(member)
				.openReports()
				.stream()
				.filter((report) -> report.getReviewState() == ReviewState.REJECTED)
				.forEach((report) -> tasks
					.add(new WorkspaceTask(WorkspaceTask.Section.REPORTS, "workspace.report.rejected",
							List.of(report.getIndicator().getName().in(locale),
									report.getIndicator().getCommitment().getTitle().in(locale),
									String.valueOf(report.getRejectionReason())),
							"/staff/reports/" + report.getId(), true)));
		}
		if (member.hasRole(Role.REVIEWER)) {
			for (ReviewItem item : this.reviews.awaitingReview()) {
				ProgressReport report = item.report();
				long days = (report.getSubmittedAt() != null)
						? Duration.between(report.getSubmittedAt(), this.clock.instant()).toDays() : 0;
				tasks.add(new WorkspaceTask(WorkspaceTask.Section.SUPERVISION, "workspace.review.waiting",
						List.of(String.valueOf(report.getId()), report.getIndicator().getName().in(locale),
								report.getIndicator().getCommitment().getTitle().in(locale), String.valueOf(days)),
						"/staff/review#report-" + report.getId(), days >= 3));
			}
		}
		return tasks;
	}

}
