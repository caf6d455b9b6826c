package org.minsheng.tracker.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.source.SourceDocument;
import org.minsheng.tracker.system.LocalizedText;

/**
 * One livelihood story as the newspaper printed it: the item's heading and paragraphs
 * verbatim, the date and figures exactly as printed. Seeded from the source; read-only.
 */
@Entity
@Table(name = "story")
public class Story {

	@Id
	private Long id;

	@Column(name = "story_year")
	private int year;

	@Column(name = "item_number")
	private int itemNumber;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "title_en"))
	private LocalizedText title;

	@Enumerated(EnumType.STRING)
	private Area area;

	@Column(name = "date_printed")
	private String datePrinted;

	@Column(name = "body_zh")
	private String bodyZh;

	@Column(name = "summary_en")
	private String summaryEn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "commitment_id")
	private Commitment commitment;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "link_note_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "link_note_en"))
	private LocalizedText linkNote;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_document_id")
	private SourceDocument sourceDocument;

	private String byline;

	@OneToMany(mappedBy = "story")
	@OrderBy("position")
	private List<StoryFigure> figures = new ArrayList<>();

	protected Story() {
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public int getItemNumber() {
		return this.itemNumber;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public Area getArea() {
		return this.area;
	}

	/** The date as the item prints it ("1月27日"), or null where it prints none. */
	public String getDatePrinted() {
		return this.datePrinted;
	}

	/** The item's paragraphs, verbatim. */
	public List<String> getParagraphs() {
		return Arrays.stream(this.bodyZh.split("\n")).filter((p) -> !p.isBlank()).toList();
	}

	public String getSummaryEn() {
		return this.summaryEn;
	}

	public Commitment getCommitment() {
		return this.commitment;
	}

	public LocalizedText getLinkNote() {
		return this.linkNote;
	}

	public SourceDocument getSourceDocument() {
		return this.sourceDocument;
	}

	public String getByline() {
		return this.byline;
	}

	public List<StoryFigure> getFigures() {
		return Collections.unmodifiableList(this.figures);
	}

}
