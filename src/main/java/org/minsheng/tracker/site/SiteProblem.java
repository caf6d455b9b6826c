package org.minsheng.tracker.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resident's problem report at a site. It reaches the lead department's queue at once
 * and must be answered by {@link #getReplyDueOn()} (3 working days after the day it was
 * reported); the supervision office moderates it like a suggestion before it is public.
 * The contact details are private: staff see them masked, no public page shows them.
 */
@Entity
@Table(name = "site_problem")
public class SiteProblem {

	public static final int MAX_TEXT = 500;

	public static final int MAX_REPLY = 1000;

	/** Working days the lead department has to reply. */
	public static final int REPLY_WORKING_DAYS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "site_id")
	private Site site;

	@Enumerated(EnumType.STRING)
	private ProblemCategory category;

	private String body;

	private String contact;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "photo_id")
	private SitePhoto photo;

	@Enumerated(EnumType.STRING)
	private ProblemState state;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reply_due_on")
	private LocalDate replyDueOn;

	@Column(name = "moderated_at")
	private Instant moderatedAt;

	@Column(name = "moderated_by")
	private Long moderatedBy;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	private String reply;

	@Column(name = "replied_at")
	private Instant repliedAt;

	@Column(name = "replied_by")
	private Long repliedBy;

	private boolean resolved;

	@Version
	private long version;

	protected SiteProblem() {
	}

	SiteProblem(Site site, ProblemCategory category, String body, String contact, SitePhoto photo, Instant now,
			LocalDate replyDueOn) {
		this.site = site;
		this.category = category;
		this.body = body;
		this.contact = contact;
		this.photo = photo;
		this.state = ProblemState.PENDING;
		this.submittedAt = now;
		this.replyDueOn = replyDueOn;
	}

	void publish(Long moderator, Instant now) {
		requirePending();
		this.state = ProblemState.PUBLISHED;
		this.moderatedBy = moderator;
		this.moderatedAt = now;
	}

	void reject(Long moderator, String reason, Instant now) {
		requirePending();
		if (reason == null || reason.isBlank()) {
			throw new SiteReviewException("sites.moderation.error.reasonRequired");
		}
		if (reason.strip().length() > SiteRevision.MAX_REASON) {
			throw new SiteReviewException("sites.review.error.reasonTooLong");
		}
		this.state = ProblemState.REJECTED;
		this.moderatedBy = moderator;
		this.moderatedAt = now;
		this.rejectionReason = reason.strip();
	}

	/** The lead department answers; the answer is public with the report. Once only. */
	void answer(Long replier, String text, boolean nowResolved, Instant now) {
		if (this.state == ProblemState.REJECTED) {
			throw new SiteReviewException("sites.reply.error.rejected");
		}
		if (this.reply != null) {
			throw new SiteReviewException("sites.reply.error.alreadyReplied");
		}
		if (text == null || text.isBlank()) {
			throw new SiteReviewException("sites.reply.error.textRequired");
		}
		if (text.strip().length() > MAX_REPLY) {
			throw new SiteReviewException("sites.reply.error.textTooLong");
		}
		this.reply = text.strip();
		this.repliedBy = replier;
		this.repliedAt = now;
		this.resolved = nowResolved;
	}

	private void requirePending() {
		if (this.state != ProblemState.PENDING) {
			throw new SiteReviewException("sites.moderation.error.notPending");
		}
	}

	/**
	 * Whether the reply came (or is still due) on time: replied by the end of the due
	 * day.
	 */
	public boolean answeredOnTime(ZoneId zone) {
		return this.repliedAt != null && !this.repliedAt.atZone(zone).toLocalDate().isAfter(this.replyDueOn);
	}

	/** No reply, and the due day is over. */
	public boolean isOverdue(LocalDate today) {
		return this.reply == null && this.state != ProblemState.REJECTED && today.isAfter(this.replyDueOn);
	}

	/** A published broken or unsafe report that is not resolved yet. */
	public boolean isOpenAndUrgent() {
		return this.state == ProblemState.PUBLISHED && this.category.isUrgent() && !this.resolved;
	}

	String snapshot() {
		return "state=" + this.state + " category=" + this.category + " due=" + this.replyDueOn
				+ ((this.reply != null) ? " replied resolved=" + this.resolved : "");
	}

	public Long getId() {
		return this.id;
	}

	public Site getSite() {
		return this.site;
	}

	public ProblemCategory getCategory() {
		return this.category;
	}

	public String getBody() {
		return this.body;
	}

	/** The contact details masked (138****5678), or null. */
	public String getMaskedContact() {
		return org.minsheng.tracker.voice.ContactMask.mask(this.contact);
	}

	public boolean hasPhoto() {
		return this.photo != null;
	}

	public SitePhoto getPhoto() {
		return this.photo;
	}

	public ProblemState getState() {
		return this.state;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public LocalDate getReplyDueOn() {
		return this.replyDueOn;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public String getReply() {
		return this.reply;
	}

	public Instant getRepliedAt() {
		return this.repliedAt;
	}

	public boolean isResolved() {
		return this.resolved;
	}

	public long getVersion() {
		return this.version;
	}

}
