package org.minsheng.tracker.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

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
 * A commitment's funding as of a day, filed by the lead department and reviewed like a
 * figure: nobody approves their own, a rejection needs a reason, only approved reports
 * are public.
 */
@Entity
@Table(name = "funding_report")
public class FundingReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commitment_id")
	private Long commitmentId;

	@Column(name = "as_of")
	private LocalDate asOf;

	@Column(name = "planned_city")
	private BigDecimal plannedCity;

	@Column(name = "planned_county")
	private BigDecimal plannedCounty;

	@Column(name = "planned_provincial")
	private BigDecimal plannedProvincial;

	@Column(name = "planned_central")
	private BigDecimal plannedCentral;

	@Column(name = "planned_other")
	private BigDecimal plannedOther;

	private BigDecimal spent;

	private String explanation;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_state")
	private FundingState state;

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

	protected FundingReport() {
	}

	FundingReport(Long commitmentId, LocalDate asOf, Map<FundingSource, BigDecimal> planned, BigDecimal spent,
			String explanation, Long filedBy, String filerName, Instant filedAt) {
		this.commitmentId = commitmentId;
		this.asOf = asOf;
		this.plannedCity = planned.get(FundingSource.CITY);
		this.plannedCounty = planned.get(FundingSource.COUNTY);
		this.plannedProvincial = planned.get(FundingSource.PROVINCIAL);
		this.plannedCentral = planned.get(FundingSource.CENTRAL);
		this.plannedOther = planned.get(FundingSource.OTHER);
		this.spent = spent;
		this.explanation = explanation;
		this.state = FundingState.SUBMITTED;
		this.filedBy = filedBy;
		this.filerName = filerName;
		this.filedAt = filedAt;
	}

	void approve(Long reviewer, Instant at) {
		requireOpenFor(reviewer);
		this.state = FundingState.APPROVED;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
	}

	void reject(Long reviewer, String why, Instant at) {
		requireOpenFor(reviewer);
		if (why == null || why.isBlank()) {
			throw new FundingException("funding.error.rejectionReasonRequired");
		}
		this.state = FundingState.REJECTED;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
		this.rejectionReason = why.strip();
	}

	private void requireOpenFor(Long reviewer) {
		if (this.state != FundingState.SUBMITTED) {
			throw new FundingException("funding.error.alreadyDecided");
		}
		if (this.filedBy != null && this.filedBy.equals(reviewer)) {
			throw new FundingException("funding.error.ownReport");
		}
	}

	String snapshot() {
		return "commitment=" + this.commitmentId + " asOf=" + this.asOf + " planned=" + planned() + " spent="
				+ this.spent.toPlainString() + " state=" + this.state;
	}

	public Map<FundingSource, BigDecimal> planned() {
		Map<FundingSource, BigDecimal> planned = new EnumMap<>(FundingSource.class);
		planned.put(FundingSource.CITY, this.plannedCity);
		planned.put(FundingSource.COUNTY, this.plannedCounty);
		planned.put(FundingSource.PROVINCIAL, this.plannedProvincial);
		planned.put(FundingSource.CENTRAL, this.plannedCentral);
		planned.put(FundingSource.OTHER, this.plannedOther);
		return planned;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public BigDecimal getSpent() {
		return this.spent;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public FundingState getState() {
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
