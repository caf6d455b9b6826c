package org.minsheng.tracker.plan;

import java.util.ArrayList;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.system.LocalizedText;

/**
 * One year's list of livelihood commitments, promised at the start of the year.
 */
@Entity
@Table(name = "plan")
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_year")
	private int year;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "title_en"))
	private LocalizedText title;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "note_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "note_en"))
	private LocalizedText note;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_document_id")
	private SourceDocument sourceDocument;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
	@OrderBy("number")
	private List<Commitment> commitments = new ArrayList<>();

	@Version
	private long version;

	protected Plan() {
	}

	private Plan(int year, LocalizedText title, SourceDocument sourceDocument) {
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("plan year out of range: " + year);
		}
		this.year = year;
		this.title = title;
		this.sourceDocument = sourceDocument;
		this.status = PlanStatus.DRAFT;
	}

	public static Plan draft(int year, LocalizedText title, SourceDocument sourceDocument) {
		return new Plan(year, title, sourceDocument);
	}

	/**
	 * Makes the plan public. Only a draft is published, and only once every commitment
	 * has an indicator.
	 */
	public void publish() {
		if (isPublished()) {
			throw new IllegalStateException("plan " + this.year + " is published already");
		}
		if (this.commitments.isEmpty() || !commitmentsWithoutIndicators().isEmpty()) {
			throw new IllegalStateException("plan " + this.year + " has a commitment without indicators, or none");
		}
		this.status = PlanStatus.PUBLISHED;
	}

	/** The numbers of commitments that have no indicator yet. */
	public List<Integer> commitmentsWithoutIndicators() {
		return this.commitments.stream()
			.filter((commitment) -> commitment.getIndicators().isEmpty())
			.map(Commitment::getNumber)
			.toList();
	}

	public boolean isPublished() {
		return this.status == PlanStatus.PUBLISHED;
	}

	/** Adds the next numbered commitment. */
	public Commitment addCommitment(LocalizedText title, Area area) {
		checkDraft();
		Commitment commitment = new Commitment(this, this.commitments.size() + 1, title, area);
		this.commitments.add(commitment);
		return commitment;
	}

	/**
	 * A published plan's list of commitments is what was promised: it does not change.
	 */
	void checkDraft() {
		if (isPublished()) {
			throw new IllegalStateException("plan " + this.year + " is published: its structure does not change");
		}
	}

	public List<Commitment> getCommitments() {
		return java.util.Collections.unmodifiableList(this.commitments);
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	/** How the plan's figures were compiled, where a reader needs to know. */
	public LocalizedText getNote() {
		return this.note;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public SourceDocument getSourceDocument() {
		return this.sourceDocument;
	}

}
