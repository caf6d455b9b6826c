package org.minsheng.tracker.voice;

import java.time.Clock;
import java.time.Instant;

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

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.staff.StaffUser;
import org.minsheng.tracker.system.VisibleText;

/**
 * A suggestion for next year's commitments (民意征集): from the public form, moderated before
 * anyone sees it, or a resident's hope quoted by the press. The contact details are
 * private: no public page shows them.
 */
@Entity
@Table(name = "suggestion")
public class Suggestion {

	/** The longest text a suggestion may have, in characters. */
	public static final int MAX_TEXT = 500;

	/** The longest rejection reason, in characters. */
	public static final int MAX_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	@Enumerated(EnumType.STRING)
	private Area area;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "county_id")
	private County county;

	private String body;

	@Column(name = "body_fingerprint")
	private String bodyFingerprint;

	private String contact;

	@Enumerated(EnumType.STRING)
	private SuggestionState state;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "moderated_at")
	private Instant moderatedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "moderated_by")
	private StaffUser moderatedBy;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "merged_into_id")
	private Suggestion mergedInto;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "commitment_id")
	private Commitment commitment;

	private String resident;

	@Column(name = "resident_described")
	private String residentDescribed;

	@Column(name = "place_printed")
	private String placePrinted;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_document_id")
	private SourceDocument sourceDocument;

	private String byline;

	@Version
	private long version;

	protected Suggestion() {
	}

	/** A suggestion sent through the public form, waiting for moderation. */
	public static Suggestion submitted(Area area, County county, String text, String contact, Instant now) {
		if (area == null) {
			throw new IllegalArgumentException("a suggestion has an area");
		}
		String body = (text != null) ? text.strip() : "";
		if (body.isEmpty() || body.length() > MAX_TEXT) {
			throw new IllegalArgumentException("a suggestion has 1–" + MAX_TEXT + " characters");
		}
		Suggestion suggestion = new Suggestion();
		suggestion.origin = Origin.PUBLIC;
		suggestion.area = area;
		suggestion.county = county;
		suggestion.body = body;
		suggestion.bodyFingerprint = Fingerprint.of(body);
		suggestion.contact = (contact == null || contact.isBlank()) ? null : contact.strip();
		suggestion.state = SuggestionState.PENDING;
		suggestion.submittedAt = now;
		return suggestion;
	}

	public void publish(StaffUser moderator, Clock clock) {
		requirePending();
		this.state = SuggestionState.PUBLISHED;
		moderated(moderator, clock);
	}

	public void reject(StaffUser moderator, String reason, Clock clock) {
		requirePending();
		if (VisibleText.isBlank(reason)) {
			throw new ModerationException("moderation.error.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new ModerationException("moderation.error.reasonTooLong");
		}
		this.state = SuggestionState.REJECTED;
		this.rejectionReason = reason.strip();
		moderated(moderator, clock);
	}

	/**
	 * Marks this waiting suggestion as a duplicate of a published one: its page leads to
	 * that one, and it counts there as one more person asking.
	 */
	public void mergeInto(Suggestion other, StaffUser moderator, Clock clock) {
		requirePending();
		if (other == null || other == this || (other.id != null && other.id.equals(this.id))) {
			throw new ModerationException("moderation.error.mergeIntoItself");
		}
		if (other.state != SuggestionState.PUBLISHED) {
			throw new ModerationException("moderation.error.mergeTargetNotPublished");
		}
		this.state = SuggestionState.MERGED;
		this.mergedInto = other;
		moderated(moderator, clock);
	}

	/** Records the commitment this published suggestion became; null removes the link. */
	public void linkTo(Commitment commitment) {
		if (this.state != SuggestionState.PUBLISHED) {
			throw new ModerationException("moderation.error.linkNotPublished");
		}
		this.commitment = commitment;
	}

	private void requirePending() {
		if (this.state != SuggestionState.PENDING) {
			throw new ModerationException("moderation.error.notPending");
		}
	}

	private void moderated(StaffUser moderator, Clock clock) {
		this.moderatedBy = moderator;
		this.moderatedAt = clock.instant();
	}

	public boolean isPublic() {
		return this.state == SuggestionState.PUBLISHED;
	}

	public boolean isFromThePress() {
		return this.origin == Origin.PRESS;
	}

	/** The contact details masked for staff who do not need them. */
	public String getMaskedContact() {
		return ContactMask.mask(this.contact);
	}

	public Long getId() {
		return this.id;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public Area getArea() {
		return this.area;
	}

	public County getCounty() {
		return this.county;
	}

	public String getBody() {
		return this.body;
	}

	String getBodyFingerprint() {
		return this.bodyFingerprint;
	}

	/** The private contact details; never shown on a public page. */
	String getContact() {
		return this.contact;
	}

	public SuggestionState getState() {
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

	public Suggestion getMergedInto() {
		return this.mergedInto;
	}

	public Commitment getCommitment() {
		return this.commitment;
	}

	public String getResident() {
		return this.resident;
	}

	public String getResidentDescribed() {
		return this.residentDescribed;
	}

	public String getPlacePrinted() {
		return this.placePrinted;
	}

	public SourceDocument getSourceDocument() {
		return this.sourceDocument;
	}

	public String getByline() {
		return this.byline;
	}

	public long getVersion() {
		return this.version;
	}

}
