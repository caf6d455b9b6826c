package org.minsheng.tracker.follow;

import java.util.Locale;

import org.minsheng.tracker.mail.MailOutbox;
import org.minsheng.tracker.mail.MailSettings;
import org.minsheng.tracker.mail.MailText;
import org.minsheng.tracker.mail.OutgoingMail;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.progress.ApprovalNotice;
import org.minsheng.tracker.progress.ApprovalNotices;
import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.progress.ReportApproved;
import org.minsheng.tracker.system.PortalFormat;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a commitment's confirmed followers of each newly approved figure: one email per
 * follower and approval, queued in the outbox in the approval's own transaction (so it
 * exists exactly when the approval does, and is sent once by whichever instance claims
 * it), with the figure, the change, its source, the commitment's link and a one-click
 * unsubscribe.
 */
@Component
class ApprovalNotifications {

	private final ApprovalNotices notices;

	private final Followers followers;

	private final FollowTokens tokens;

	private final MailOutbox outbox;

	private final MailText text;

	private final MailSettings mail;

	private final PortalFormat format;

	ApprovalNotifications(ApprovalNotices notices, Followers followers, FollowTokens tokens, MailOutbox outbox,
			MailText text, MailSettings mail, PortalFormat format) {
		this.notices = notices;
		this.followers = followers;
		this.tokens = tokens;
		this.outbox = outbox;
		this.text = text;
		this.mail = mail;
		this.format = format;
	}

	@EventListener
	void on(ReportApproved approved) {
		this.notices.of(approved.reportId()).ifPresent((notice) -> {
			for (Follower follower : this.followers.findConfirmedOf(notice.commitmentId())) {
				this.outbox.enqueue(email(follower, notice));
			}
		});
	}

	private OutgoingMail email(Follower follower, ApprovalNotice notice) {
		Locale locale = follower.locale();
		String commitment = notice.commitment().in(locale);
		String link = this.mail.link("/plans/" + notice.year() + "/commitments/" + notice.number());
		String unsubscribe = this.mail.link("/follow/unsubscribe?token=" + this.tokens.tokenOf(follower));
		String source = (notice.source() != null) ? notice.source().in(locale)
				: this.text.in(locale, "follow.mail.noSource");
		StringBuilder body = new StringBuilder(this.text.in(locale, "follow.mail.approved.body", commitment,
				String.valueOf(notice.year()), String.valueOf(notice.number()), notice.indicator().in(locale),
				shown(notice, notice.reading(), locale), notice.asOf().toString(), change(notice, locale), source));
		if (notice.sourceQuote() != null && !notice.sourceQuote().isBlank()) {
			body.append("\n").append(this.text.in(locale, "follow.mail.quote", notice.sourceQuote()));
		}
		if (notice.evidenceUrl() != null && !notice.evidenceUrl().isBlank()) {
			body.append("\n").append(this.text.in(locale, "follow.mail.evidence", notice.evidenceUrl()));
		}
		body.append("\n\n").append(this.text.in(locale, "follow.mail.link", link));
		body.append("\n\n").append(this.text.in(locale, "follow.mail.unsubscribe", unsubscribe));
		return new OutgoingMail(Following.notificationKeyPrefix(follower) + notice.reportId(), follower.getEmail(),
				this.text.in(locale, "follow.mail.approved.subject", commitment, notice.indicator().in(locale)),
				body.toString(), unsubscribe);
	}

	private String shown(ApprovalNotice notice, Reading reading, Locale locale) {
		if (notice.kind() == IndicatorKind.QUALITATIVE || reading.figure() == null) {
			return this.text.in(locale,
					Boolean.TRUE.equals(reading.taskDone()) ? "follow.mail.taskDone" : "follow.mail.taskOpen");
		}
		return this.format.amount(reading.figure().value(), reading.figure().lowerBound(), notice.unit(), locale);
	}

	private String change(ApprovalNotice notice, Locale locale) {
		Reading before = notice.before();
		if (before == null) {
			return this.text.in(locale, "follow.mail.firstFigure");
		}
		return this.text.in(locale, "follow.mail.before", shown(notice, before, locale), before.asOf().toString());
	}

}
