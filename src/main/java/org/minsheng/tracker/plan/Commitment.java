package org.minsheng.tracker.plan;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.system.LocalizedText;

/**
 * One numbered livelihood commitment (实事) of a plan, with its indicators.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	private int number;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "title_en"))
	private LocalizedText title;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "summary_en"))
	private LocalizedText summary;

	@Enumerated(EnumType.STRING)
	private Area area;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_department_id")
	private Department leadDepartment;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_document_id")
	private SourceDocument sourceDocument;

	@Column(name = "source_quote")
	private String sourceQuote;

	@OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL)
	@OrderBy("position")
	private List<Indicator> indicators = new ArrayList<>();

	@Version
	private long version;

	protected Commitment() {
	}

	Commitment(Plan plan, int number, LocalizedText title, Area area) {
		if (number <= 0) {
			throw new IllegalArgumentException("commitment numbers start at 1");
		}
		this.plan = plan;
		this.number = number;
		this.title = title;
		this.area = area;
	}

	/** Adds the next indicator. */
	public Indicator addIndicator(LocalizedText name, IndicatorKind kind, LocalizedText unit, Target target) {
		this.plan.checkDraft();
		Indicator indicator = new Indicator(this, this.indicators.size() + 1, name, kind, unit, target);
		this.indicators.add(indicator);
		return indicator;
	}

	/** Names the department that leads this commitment (null: none named). */
	public void assignLead(Department department) {
		this.leadDepartment = department;
	}

	public void citeSource(SourceDocument document, String quote) {
		this.sourceDocument = document;
		this.sourceQuote = quote;
	}

	public Long getId() {
		return this.id;
	}

	public Plan getPlan() {
		return this.plan;
	}

	public int getNumber() {
		return this.number;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public LocalizedText getSummary() {
		return this.summary;
	}

	public Area getArea() {
		return this.area;
	}

	/** The lead department, or null where the source does not name one. */
	public Department getLeadDepartment() {
		return this.leadDepartment;
	}

	public SourceDocument getSourceDocument() {
		return this.sourceDocument;
	}

	public String getSourceQuote() {
		return this.sourceQuote;
	}

	public List<Indicator> getIndicators() {
		return Collections.unmodifiableList(this.indicators);
	}

}
