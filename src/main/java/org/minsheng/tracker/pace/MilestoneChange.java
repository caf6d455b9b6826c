package org.minsheng.tracker.pace;

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

/**
 * A change of a published indicator's milestones, filed with its reason and reviewed like
 * a figure: nobody approves their own, a rejection needs a reason, and only an approved
 * change alters the schedule the public sees (and is shown there with its reason).
 */
@Entity
@Table(name = "milestone_change")
public class MilestoneChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "indicator_id")
	private Long indicatorId;

	@Column(name = "previous_lines")
	private String previousLines;

	@Column(name = "proposed_lines")
	private String proposedLines;

	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_state")
	private ChangeState state;

	@Column(name = "filed_by")
	private Long filedBy;

	@Column(name = "filer_name")
	private String filerName;

	@Column(name = "filed_at")
	private Instant filedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@Version
	private long version;

	protected MilestoneChange() {
	}

	MilestoneChange(Long indicatorId, String previousLines, String proposedLines, String reason, Long filedBy,
			String filerName, Instant filedAt) {
		if (reason == null || reason.isBlank()) {
			throw new PaceException("pace.error.reasonRequired");
		}
		this.indicatorId = indicatorId;
		this.previousLines = previousLines;
		this.proposedLines = proposedLines;
		this.reason = reason.strip();
		this.state = ChangeState.SUBMITTED;
		this.filedBy = filedBy;
		this.filerName = filerName;
		this.filedAt = filedAt;
	}

	void approve(Long reviewer, Instant at) {
		requireOpenFor(reviewer);
		this.state = ChangeState.APPROVED;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
	}

	void reject(Long reviewer, String why, Instant at) {
		requireOpenFor(reviewer);
		if (why == null || why.isBlank()) {
			throw new PaceException("pace.error.rejectionReasonRequired");
		}
		this.state = ChangeState.REJECTED;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
		this.rejectionReason = why.strip();
	}

	private void requireOpenFor(Long reviewer) {
		if (this.state != ChangeState.SUBMITTED) {
			throw new PaceException("pace.error.alreadyDecided");
		}
		if (this.filedBy != null && this.filedBy.equals(reviewer)) {
			throw new PaceException("pace.error.ownChange");
		}
	}

	/** The change as the audit trail records it. */
	String snapshot() {
		return "indicator=" + this.indicatorId + " state=" + this.state + " milestones=["
				+ this.proposedLines.replace('\n', ';') + "]";
	}

	public Long getId() {
		return this.id;
	}

	public Long getIndicatorId() {
		return this.indicatorId;
	}

	public String getPreviousLines() {
		return this.previousLines;
	}

	public String getProposedLines() {
		return this.proposedLines;
	}

	public String getReason() {
		return this.reason;
	}

	public ChangeState getState() {
		return this.state;
	}

	public Long getFiledBy() {
		return this.filedBy;
	}

	public String getFilerName() {
		return this.filerName;
	}

	public Instant getFiledAt() {
		return this.filedAt;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public long getVersion() {
		return this.version;
	}

}
