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
import org.minsheng.tracker.plan.Indicator;
import org.minsheng.tracker.plan.IndicatorKind;
import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.system.LocalizedText;

/**
 * A figure reported for an indicator as of a date. It is a draft until submitted, and
 * public only once approved.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

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

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
	private List<CountyFigure> countyFigures = new ArrayList<>();

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
		requireState(ReviewState.DRAFT);
		this.countyFigures.add(new CountyFigure(this, county, figure));
	}

	public void cite(SourceDocument document, String quote) {
		this.sourceDocument = document;
		this.sourceQuote = quote;
	}

	public void submit() {
		requireState(ReviewState.DRAFT);
		this.reviewState = ReviewState.SUBMITTED;
	}

	public void approve(Instant now) {
		requireState(ReviewState.SUBMITTED);
		this.reviewState = ReviewState.APPROVED;
		this.approvedAt = now;
	}

	private void requireState(ReviewState expected) {
		if (this.reviewState != expected) {
			throw new IllegalStateException("report is " + this.reviewState + ", expected " + expected);
		}
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

	public List<CountyFigure> getCountyFigures() {
		return Collections.unmodifiableList(this.countyFigures);
	}

}
