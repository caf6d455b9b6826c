package org.minsheng.tracker.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minsheng.tracker.mail.MailOutbox;
import org.minsheng.tracker.mail.MailSettings;
import org.minsheng.tracker.mail.MailText;
import org.minsheng.tracker.mail.OutgoingMail;
import org.minsheng.tracker.progress.ProgressReport;
import org.minsheng.tracker.progress.ReviewItem;
import org.minsheng.tracker.progress.ReviewService;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.staff.StaffDirectory;
import org.minsheng.tracker.staff.StaffDirectory.Recipient;
import org.minsheng.tracker.workday.WorkingDays;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the reminders due now in the outbox: to the lead department's editors a few days
 * before a report is due and once it is overdue; to the reviewers when a submitted report
 * has waited more than the set number of working days. Each reminder exists once per
 * recipient, item and period (its outbox key), however often and on however many
 * instances this runs.
 */
@Service
public class Reminders {

	private final ReportingCalendar calendar;

	private final StaffDirectory staff;

	private final ReviewService reviews;

	private final MailOutbox outbox;

	private final MailText text;

	private final MailSettings mail;

	private final ReminderSettings settings;

	private final WorkingDays waits;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Reminders(ReportingCalendar calendar, StaffDirectory staff, ReviewService reviews, MailOutbox outbox, MailText text,
			MailSettings mail, ReminderSettings settings, WorkingDays waits, PlatformTransactionManager transactions,
			Clock clock) {
		this.calendar = calendar;
		this.staff = staff;
		this.reviews = reviews;
		this.outbox = outbox;
		this.text = text;
		this.mail = mail;
		this.settings = settings;
		this.waits = waits;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Queues every reminder due today that was not queued before; returns how many. */
	public int queueDue() {
		LocalDate today = this.calendar.today();
		return remindEditors(today) + remindReviewers(today);
	}

	private int remindEditors(LocalDate today) {
		List<Recipient> editors = this.staff.reachable(Role.EDITOR);
		int queued = 0;
		for (Obligation obligation : this.calendar.obligationsOn(today)) {
			String kind = kindOf(obligation);
			if (kind == null || obligation.departmentId() == null) {
				continue;
			}
			for (Recipient editor : editors) {
				if (editor.departmentIds().contains(obligation.departmentId())) {
					queued += queue(editorReminder(kind, editor, obligation));
				}
			}
		}
		return queued;
	}

	private String kindOf(Obligation obligation) {
		if (obligation.standing() == Standing.OVERDUE) {
			return "overdue";
		}
		if (obligation.standing() == Standing.DUE && obligation.days() <= this.settings.daysBeforeDue()) {
			return "due";
		}
		return null;
	}

	private OutgoingMail editorReminder(String kind, Recipient editor, Obligation o) {
		String key = "reminder-" + kind + ":" + editor.id() + ":" + o.indicatorId() + ":" + o.period().start();
		String month = o.period().firstMonth().toString();
		String link = this.mail.link("/staff/reports/new?indicator=" + o.indicatorId());
		String subject = this.text.bilingualSubject((locale) -> this.text.in(locale, "reminder." + kind + ".subject",
				month, o.due().toString(), String.valueOf(o.days())));
		String body = this.text.bilingual((locale) -> this.text.in(locale, "reminder." + kind + ".body",
				editor.displayName(), o.department().in(locale), o.commitment().in(locale), String.valueOf(o.year()),
				String.valueOf(o.commitmentNumber()), o.indicator().in(locale), month, o.due().toString(),
				String.valueOf(o.days()), link));
		return new OutgoingMail(key, editor.email(), subject, body, null);
	}

	private int remindReviewers(LocalDate today) {
		List<ReviewItem> waiting = this.reviews.awaitingReview()
			.stream()
			.filter((item) -> item.report().getSubmittedAt() != null && this.waits.workingDaysBetween(
					LocalDate.ofInstant(item.report().getSubmittedAt(), this.clock.getZone()),
					today) > this.settings.reviewAfterWorkingDays())
			.toList();
		if (waiting.isEmpty()) {
			return 0;
		}
		int queued = 0;
		for (Recipient reviewer : this.staff.reachable(Role.REVIEWER)) {
			for (ReviewItem item : waiting) {
				queued += queue(reviewReminder(reviewer, item.report(), today));
			}
		}
		return queued;
	}

	private OutgoingMail reviewReminder(Recipient reviewer, ProgressReport report, LocalDate today) {
		LocalDate submitted = LocalDate.ofInstant(report.getSubmittedAt(), this.clock.getZone());
		String key = "reminder-review:" + reviewer.id() + ":" + report.getId() + ":" + submitted;
		String days = String.valueOf(this.waits.workingDaysBetween(submitted, today));
		String link = this.mail.link("/staff/review#report-" + report.getId());
		String subject = this.text.bilingualSubject((locale) -> this.text.in(locale, "reminder.review.subject", days));
		String body = this.text.bilingual((locale) -> this.text.in(locale, "reminder.review.body",
				reviewer.displayName(), report.getIndicator().getCommitment().getTitle().in(locale),
				report.getIndicator().getName().in(locale), submitted.toString(), days, link,
				String.valueOf(report.getId())));
		return new OutgoingMail(key, reviewer.email(), subject, body, null);
	}

	/** Queues one reminder in its own transaction; 0 when it was queued before. */
	private int queue(OutgoingMail reminder) {
		try {
			Boolean queued = this.ownTransaction.execute((status) -> this.outbox.enqueue(reminder));
			return Boolean.TRUE.equals(queued) ? 1 : 0;
		}
		catch (DuplicateKeyException ex) {
			return 0;
		}
	}

}
