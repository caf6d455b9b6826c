package org.minsheng.tracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.minsheng.tracker.county.County;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.PortalFormat;
import org.minsheng.tracker.system.VisibleText;

/**
 * A figure reported for an indicator as of a date. It is a draft until submitted, and
 * public only once approved.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

	/** The longest reason a report is sent back with. */
	static final int MAX_REASON = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	@Column(name = "as_of")
	private LocalDate asOf;

	@Column(name = "reported_value")
	private BigDecimal value;

	@Column(name = "value_is_lower_bound")
	private boolean valueIsLowerBound;

	@Column(name = "task_done")
	private Boolean taskDone;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "note_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "note_en"))
	private LocalizedText note;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_document_id")
	private SourceDocument sourceDocument;

	@Column(name = "source_quote")
	private String sourceQuote;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_state")
	private ReviewState reviewState;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<CountyFigure> countyFigures = new ArrayList<>();

	@Column(name = "filed_by")
	private Long filedBy;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "rejected_at")
	private Instant rejectedAt;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@Column(name = "correction_reason")
	private String correctionReason;

	@Column(name = "breakdown_note")
	private String breakdownNote;

	@Column(name = "evidence_url")
	private String evidenceUrl;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "filing_department_id")
	private Department filingDepartment;

	@Column(name = "superseded_by")
	private Long supersededBy;

	@Column(name = "superseded_at")
	private Instant supersededAt;

	/**
	 * Since when this is its indicator's current report; kept by {@link CurrentReports}.
	 */
	@Column(name = "current_from", insertable = false, updatable = false)
	private Instant currentFrom;

	/**
	 * Until when it was: {@link AsOf#NO_CUTOFF} while it is, null if it never was.
	 */
	@Column(name = "current_until", insertable = false, updatable = false)
	private Instant currentUntil;

	@Version
	private long version;

	protected ProgressReport() {
	}

	private ProgressReport(Indicator indicator, LocalDate asOf, Instant createdAt) {
		this.indicator = indicator;
		this.asOf = asOf;
		this.createdAt = createdAt;
		this.reviewState = ReviewState.DRAFT;
	}

	/** A draft figure for a measured indicator. */
	public static ProgressReport draftFigure(Indicator indicator, LocalDate asOf, Figure figure, Instant now) {
		if (!indicator.getKind().isMeasured()) {
			throw new IllegalArgumentException("a qualitative task is reported as done or not, without a figure");
		}
		if (indicator.getKind() == IndicatorKind.PERCENTAGE && figure.value().compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("a percentage cannot exceed 100");
		}
		ProgressReport report = new ProgressReport(indicator, asOf, now);
		report.value = figure.value();
		report.valueIsLowerBound = figure.lowerBound();
		return report;
	}

	/** A draft state of a qualitative task. */
	public static ProgressReport draftTaskState(Indicator indicator, LocalDate asOf, boolean done, Instant now) {
		if (indicator.getKind().isMeasured()) {
			throw new IllegalArgumentException("a measured indicator is reported with a figure");
		}
		ProgressReport report = new ProgressReport(indicator, asOf, now);
		report.taskDone = done;
		return report;
	}

	public void addCountyFigure(County county, BigDecimal figure) {
		requireEditable();
		this.countyFigures.add(new CountyFigure(this, county, figure));
	}

	public void cite(SourceDocument document, String quote) {
		this.sourceDocument = document;
		this.sourceQuote = quote;
	}

	/**
	 * Records who filed the report, for which department (the lead department they report
	 * for), and the filing's own details.
	 */
	public void fileAs(Long filer, Department department, FilingDetails details) {
		requireEditable();
		this.filedBy = filer;
		this.filingDepartment = department;
		this.note = details.note();
		this.correctionReason = details.correctionReason();
		this.breakdownNote = details.breakdownNote();
		this.evidenceUrl = details.evidenceUrl();
	}

	/** Changes the figure of a draft, or of a rejected report being answered. */
	public void revise(LocalDate newAsOf, Figure figure, Boolean done) {
		requireEditable();
		this.asOf = newAsOf;
		if (figure != null) {
			this.value = figure.value();
			this.valueIsLowerBound = figure.lowerBound();
		}
		this.taskDone = done;
		this.countyFigures.clear();
		this.reviewState = ReviewState.DRAFT;
	}

	/** Sends a draft (or an answered rejection) to the supervision office. */
	public void submit(Instant now) {
		requireEditable();
		this.reviewState = ReviewState.SUBMITTED;
		this.submittedAt = now;
	}

	/**
	 * The supervision office approves: the figure becomes public. Nobody approves their
	 * own report; a null reviewer is the system (seed data).
	 */
	public void approve(Long reviewer, Instant now) {
		approve(reviewer, null, now);
	}

	/**
	 * Approves, adding the reviewer's correction reason where the filer gave none (a
	 * figure below the public one needs one).
	 */
	public void approve(Long reviewer, String reviewerCorrectionReason, Instant now) {
		requireState(ReviewState.SUBMITTED);
		requireNotFiler(reviewer);
		if (VisibleText.isBlank(this.correctionReason) && !VisibleText.isBlank(reviewerCorrectionReason)) {
			if (reviewerCorrectionReason.length() > MAX_REASON) {
				throw new ReviewException("review.error.reasonTooLong");
			}
			this.correctionReason = reviewerCorrectionReason.strip();
		}
		this.reviewState = ReviewState.APPROVED;
		this.reviewedBy = reviewer;
		this.approvedAt = now;
	}

	/** The supervision office sends the report back with a reason the editor sees. */
	public void reject(Long reviewer, String reason, Instant now) {
		requireState(ReviewState.SUBMITTED);
		requireNotFiler(reviewer);
		if (VisibleText.isBlank(reason)) {
			throw new ReviewException("review.error.reasonRequired");
		}
		if (reason.length() > MAX_REASON) {
			throw new ReviewException("review.error.reasonTooLong");
		}
		this.reviewState = ReviewState.REJECTED;
		this.reviewedBy = reviewer;
		this.rejectedAt = now;
		this.rejectionReason = reason.strip();
	}

	/**
	 * A newer report of the same indicator was approved while this one waited: it is
	 * closed without a decision on its own figure, and its editor sees which report
	 * replaced it.
	 */
	public void supersede(ProgressReport successor, Instant now) {
		requireState(ReviewState.SUBMITTED);
		this.reviewState = ReviewState.SUPERSEDED;
		this.supersededBy = successor.getId();
		this.supersededAt = now;
	}

	/**
	 * Whether approving {@code newer} closes this pending report: same indicator, an
	 * as-of date no later than the newer one's, and submitted before it.
	 */
	public boolean isOutdatedBy(ProgressReport newer) {
		return this.reviewState == ReviewState.SUBMITTED && !this.id.equals(newer.id)
				&& this.indicator.getId().equals(newer.indicator.getId()) && !this.asOf.isAfter(newer.asOf)
				&& submittedBefore(newer);
	}

	private boolean submittedBefore(ProgressReport other) {
		if (this.submittedAt == null || other.submittedAt == null || this.submittedAt.equals(other.submittedAt)) {
			return this.id < other.id;
		}
		return this.submittedAt.isBefore(other.submittedAt);
	}

	public boolean isEditable() {
		return this.reviewState == ReviewState.DRAFT || this.reviewState == ReviewState.REJECTED;
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new ReviewException("review.error.notEditable");
		}
	}

	private void requireNotFiler(Long reviewer) {
		if (reviewer != null && reviewer.equals(this.filedBy)) {
			throw new ReviewException("review.error.ownReport");
		}
	}

	private void requireState(ReviewState expected) {
		if (this.reviewState != expected) {
			throw new ReviewException("review.error.wrongState");
		}
	}

	/** A one-line account of the report's state, for the audit trail. */
	public String snapshot() {
		return "state=" + this.reviewState + "; as_of=" + this.asOf + "; value=" + PortalFormat.plain(this.value)
				+ "; lower_bound=" + this.valueIsLowerBound + "; task_done=" + this.taskDone + "; counties="
				+ this.countyFigures.size();
	}

	public Reading reading() {
		Figure figure = (this.value != null) ? new Figure(this.value, this.valueIsLowerBound) : null;
		return new Reading(figure, this.taskDone, this.asOf, this.approvedAt);
	}

	public Long getId() {
		return this.id;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public LocalizedText getNote() {
		return this.note;
	}

	public SourceDocument getSourceDocument() {
		return this.sourceDocument;
	}

	public String getSourceQuote() {
		return this.sourceQuote;
	}

	public ReviewState getReviewState() {
		return this.reviewState;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public Long getFiledBy() {
		return this.filedBy;
	}

	public Long getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public String getBreakdownNote() {
		return this.breakdownNote;
	}

	public String getEvidenceUrl() {
		return this.evidenceUrl;
	}

	public Department getFilingDepartment() {
		return this.filingDepartment;
	}

	public Long getSupersededBy() {
		return this.supersededBy;
	}

	public Instant getSupersededAt() {
		return this.supersededAt;
	}

	public Instant getRejectedAt() {
		return this.rejectedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<CountyFigure> getCountyFigures() {
		return Collections.unmodifiableList(this.countyFigures);
	}

}
