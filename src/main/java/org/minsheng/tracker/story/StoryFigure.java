package org.minsheng.tracker.story;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A figure a story prints, kept exactly as printed ("7.41万人", "约2.66亿元"), with what it
 * counts.
 */
@Entity
@Table(name = "story_figure")
public class StoryFigure {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "story_id")
	private Story story;

	private int position;

	private String printed;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "label_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "label_en"))
	private LocalizedText label;

	protected StoryFigure() {
	}

	public int getPosition() {
		return this.position;
	}

	public String getPrinted() {
		return this.printed;
	}

	public LocalizedText getLabel() {
		return this.label;
	}

}
