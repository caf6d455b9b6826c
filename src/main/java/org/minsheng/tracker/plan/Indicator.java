package org.minsheng.tracker.plan;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A measurable indicator (指标) of a commitment: its kind, unit and target.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "commitment_id")
	private Commitment commitment;

	private int position;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	private LocalizedText name;

	@Enumerated(EnumType.STRING)
	private IndicatorKind kind;

	@Embedded
	@AttributeOverride(name = "zh", column = @Column(name = "unit_zh"))
	@AttributeOverride(name = "en", column = @Column(name = "unit_en"))
	private LocalizedText unit;

	@Column(name = "target")
	private BigDecimal target;

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(Commitment commitment, int position, LocalizedText name, IndicatorKind kind, LocalizedText unit,
			Target target) {
		target.checkFits(kind);
		if (kind == IndicatorKind.COUNT && (unit == null || unit.zh() == null)) {
			throw new IllegalArgumentException("a count needs a unit");
		}
		this.commitment = commitment;
		this.position = position;
		this.name = name;
		this.kind = kind;
		this.unit = unit;
		this.target = target.amount();
	}

	public Long getId() {
		return this.id;
	}

	public Commitment getCommitment() {
		return this.commitment;
	}

	public int getPosition() {
		return this.position;
	}

	public LocalizedText getName() {
		return this.name;
	}

	public IndicatorKind getKind() {
		return this.kind;
	}

	/** The unit (台, 部, 人, %…), or null for a qualitative task. */
	public LocalizedText getUnit() {
		return this.unit;
	}

	public Target getTarget() {
		return new Target(this.target);
	}

}
