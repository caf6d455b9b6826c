package org.minsheng.tracker.county;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A county that a source names for a commitment without giving it a figure of its own,
 * e.g. the elevators that went to 榆次区, 昔阳县, 寿阳县 "and others".
 */
@Entity
@Table(name = "commitment_county")
@IdClass(CountyMention.Key.class)
public class CountyMention {

	@Id
	@Column(name = "commitment_id")
	private Long commitmentId;

	@Id
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "county_id")
	private County county;

	@Column(name = "source_document_id")
	private Long sourceDocumentId;

	@Column(name = "source_quote")
	private String sourceQuote;

	protected CountyMention() {
	}

	public CountyMention(Long commitmentId, County county, Long sourceDocumentId, String sourceQuote) {
		this.commitmentId = commitmentId;
		this.county = county;
		this.sourceDocumentId = sourceDocumentId;
		this.sourceQuote = sourceQuote;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public County getCounty() {
		return this.county;
	}

	public Long getSourceDocumentId() {
		return this.sourceDocumentId;
	}

	public String getSourceQuote() {
		return this.sourceQuote;
	}

	/** Composite key: one mention of a county per commitment. */
	public static class Key implements Serializable {

		private Long commitmentId;

		private Long county;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.commitmentId, key.commitmentId)
					&& Objects.equals(this.county, key.county);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.commitmentId, this.county);
		}

	}

}
