package org.minsheng.tracker.site;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
import org.minsheng.tracker.plan.Department;

/**
 * What staff filed about a site at one time, reviewed like a figure: submitted, then
 * approved by the supervision office (and public) or rejected with a reason. Nobody
 * approves what they filed themselves.
 */
@Entity
@Table(name = "site_revision")
public class SiteRevision {

	/** The longest rejection reason, in characters. */
	public static final int MAX_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "site_id")
	private Site site;

	private String name;

	private String address;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "county_id")
	private County county;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Column(name = "in_service_on")
	private LocalDate inServiceOn;

	@Enumerated(EnumType.STRING)
	private SiteState state;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "photo_id")
	private SitePhoto photo;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_state")
	private SiteReview reviewState;

	@Column(name = "filed_by")
	private Long filedBy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "filing_department_id")
	private Department filingDepartment;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "rejected_at")
	private Instant rejectedAt;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@Version
	private long version;

	protected SiteRevision() {
	}

	private SiteRevision(Site site, SiteDetails details, SitePhoto photo, Long filedBy, Department department,
			Instant now) {
		this.site = site;
		this.name = details.name();
		this.address = details.address();
		this.county = details.county();
		if (details.position() != null) {
			this.latitude = details.position().latitude();
			this.longitude = details.position().longitude();
		}
		this.inServiceOn = details.inServiceOn();
		this.state = details.state();
		this.photo = photo;
		this.filedBy = filedBy;
		this.filingDepartment = department;
		this.createdAt = now;
		this.submittedAt = now;
		this.reviewState = SiteReview.SUBMITTED;
	}

	/** Filed for review (staff file sites as they are; there are no drafts). */
	static SiteRevision submitted(Site site, SiteDetails details, SitePhoto photo, Long filedBy, Department department,
			Instant now) {
		return new SiteRevision(site, details, photo, filedBy, department, now);
	}

	/** The supervision office approves: the revision becomes the site's public record. */
	void approve(Long reviewer, Instant now) {
		requireSubmitted();
		if (reviewer != null && reviewer.equals(this.filedBy)) {
			throw new SiteReviewException("sites.review.error.ownFiling");
		}
		this.reviewState = SiteReview.APPROVED;
		this.reviewedBy = reviewer;
		this.approvedAt = now;
	}

	void reject(Long reviewer, String reason, Instant now) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new SiteReviewException("sites.review.error.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new SiteReviewException("sites.review.error.reasonTooLong");
		}
		if (reviewer != null && reviewer.equals(this.filedBy)) {
			throw new SiteReviewException("sites.review.error.ownFiling");
		}
		this.reviewState = SiteReview.REJECTED;
		this.reviewedBy = reviewer;
		this.rejectedAt = now;
		this.rejectionReason = reason.strip();
	}

	private void requireSubmitted() {
		if (this.reviewState != SiteReview.SUBMITTED) {
			throw new SiteReviewException("sites.review.error.notSubmitted");
		}
	}

	/** The details as filed. */
	public SiteDetails details() {
		return new SiteDetails(this.name, this.address, this.county,
				(this.latitude != null) ? new Coordinates(this.latitude, this.longitude) : null, this.inServiceOn,
				this.state);
	}

	String snapshot() {
		return details().describe() + " photo=" + ((this.photo != null) ? this.photo.getId() : "-") + " review="
				+ this.reviewState;
	}

	public Long getId() {
		return this.id;
	}

	public Site getSite() {
		return this.site;
	}

	public String getName() {
		return this.name;
	}

	public String getAddress() {
		return this.address;
	}

	public County getCounty() {
		return this.county;
	}

	public Coordinates getPosition() {
		return (this.latitude != null) ? new Coordinates(this.latitude, this.longitude) : null;
	}

	public LocalDate getInServiceOn() {
		return this.inServiceOn;
	}

	public SiteState getState() {
		return this.state;
	}

	public SitePhoto getPhoto() {
		return this.photo;
	}

	public boolean hasPhoto() {
		return this.photo != null;
	}

	public SiteReview getReviewState() {
		return this.reviewState;
	}

	public Long getFiledBy() {
		return this.filedBy;
	}

	public Department getFilingDepartment() {
		return this.filingDepartment;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	public long getVersion() {
		return this.version;
	}

}
