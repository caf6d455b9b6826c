package org.minsheng.tracker.cycle;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.minsheng.tracker.voice.ContactMask;

/**
 * A resident's comment on a candidate, or objection (异议) to a plan on public notice:
 * moderated like a suggestion before anyone sees it, its contact details private (masked
 * for staff), and an objection answered by staff in public.
 */
@Entity
@Table(name = "resident_remark")
public class ResidentRemark {

	/** The longest text, in characters. */
	public static final int MAX_TEXT = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "candidate_id")
	private Long candidateId;

	@Column(name = "notice_year")
	private Integer noticeYear;

	private String body;

	private String contact;

	@Enumerated(EnumType.STRING)
	private State state;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "moderated_at")
	private Instant moderatedAt;

	@Column(name = "moderated_by")
	private Long moderatedBy;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	private String answer;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Version
	private long version;

	protected ResidentRemark() {
	}

	static ResidentRemark comment(Long candidateId, String text, String contact, Instant now) {
		ResidentRemark remark = of(Kind.COMMENT, text, contact, now);
		remark.candidateId = candidateId;
		return remark;
	}

	static ResidentRemark objection(int year, String text, String contact, Instant now) {
		ResidentRemark remark = of(Kind.OBJECTION, text, contact, now);
		remark.noticeYear = year;
		return remark;
	}

	private static ResidentRemark of(Kind kind, String text, String contact, Instant now) {
		String body = (text != null) ? text.strip() : "";
		if (body.isEmpty() || body.length() > MAX_TEXT) {
			throw new IllegalArgumentException("a remark has 1–" + MAX_TEXT + " characters");
		}
		ResidentRemark remark = new ResidentRemark();
		remark.kind = kind;
		remark.body = body;
		remark.contact = (contact == null || contact.isBlank()) ? null : contact.strip();
		remark.state = State.PENDING;
		remark.submittedAt = now;
		return remark;
	}

	void publish(Long moderator, Clock clock) {
		requirePending();
		this.state = State.PUBLISHED;
		this.moderatedBy = moderator;
		this.moderatedAt = clock.instant();
	}

	void reject(Long moderator, String reason, Clock clock) {
		requirePending();
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new CycleException("cycle.error.reasonRequired");
		}
		if (why.length() > 500) {
			throw new CycleException("cycle.error.reasonTooLong", 500);
		}
		this.state = State.REJECTED;
		this.rejectionReason = why;
		this.moderatedBy = moderator;
		this.moderatedAt = clock.instant();
	}

	/**
	 * Staff's public answer to an objection; an objection is published with its answer.
	 */
	void answer(String text, Long moderator, Clock clock) {
		if (this.kind != Kind.OBJECTION) {
			throw new CycleException("cycle.notice.error.notAnObjection");
		}
		String reply = (text != null) ? text.strip() : "";
		if (reply.isEmpty() || reply.length() > 1000) {
			throw new CycleException("cycle.notice.error.answer", 1000);
		}
		if (this.state == State.PENDING) {
			publish(moderator, clock);
		}
		else if (this.state != State.PUBLISHED) {
			throw new CycleException("cycle.error.notPending");
		}
		this.answer = reply;
		this.answeredAt = clock.instant();
	}

	private void requirePending() {
		if (this.state != State.PENDING) {
			throw new CycleException("cycle.error.notPending");
		}
	}

	public boolean isAnswered() {
		return this.answer != null;
	}

	/** The contact details masked (138****5678); never shown publicly. */
	public String getMaskedContact() {
		return ContactMask.mask(this.contact);
	}

	public Long getId() {
		return this.id;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public Integer getNoticeYear() {
		return this.noticeYear;
	}

	public String getBody() {
		return this.body;
	}

	public State getState() {
		return this.state;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getModeratedAt() {
		return this.moderatedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public String getAnswer() {
		return this.answer;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** A comment on a candidate or an objection to a plan on notice. */
	public enum Kind {

		COMMENT, OBJECTION

	}

	/** Moderation state. */
	public enum State {

		PENDING, PUBLISHED, REJECTED

	}

}
