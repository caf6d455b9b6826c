package org.minsheng.tracker.source;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A published text figures are taken from, such as a page of 晋中日报.
 */
@Entity
@Table(name = "source_document")
public class SourceDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "title_en"))
	private LocalizedText title;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "publisher_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "publisher_en"))
	private LocalizedText publisher;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	private String edition;

	@Column(name = "file_name")
	private String fileName;

	protected SourceDocument() {
	}

	public SourceDocument(String code, LocalizedText title, LocalizedText publisher, LocalDate publishedOn) {
		this.code = code;
		this.title = title;
		this.publisher = publisher;
		this.publishedOn = publishedOn;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public LocalizedText getPublisher() {
		return this.publisher;
	}

	/** The date printed on the document, or null where it prints none. */
	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getEdition() {
		return this.edition;
	}

	public String getFileName() {
		return this.fileName;
	}

}
