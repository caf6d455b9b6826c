package org.minsheng.tracker.cycle;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.minsheng.tracker.plan.IndicatorKind;

/**
 * An indicator a candidate would promise: a count with a unit and a target, a percentage,
 * or a qualitative task without a number.
 */
@Embeddable
public class CandidateIndicator {

	@Column(name = "name_zh")
	private String name;

	@Enumerated(EnumType.STRING)
	private IndicatorKind kind;

	@Column(name = "unit_zh")
	private String unit;

	private BigDecimal target;

	protected CandidateIndicator() {
	}

	CandidateIndicator(String name, IndicatorKind kind, String unit, BigDecimal target) {
		this.name = name;
		this.kind = kind;
		this.unit = unit;
		this.target = target;
	}

	public String getName() {
		return this.name;
	}

	public IndicatorKind getKind() {
		return this.kind;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	/** As typed on the staff form: "name; unit; target". */
	public String asLine() {
		String amount = (this.target != null) ? this.target.stripTrailingZeros().toPlainString() : "";
		return this.name + "; " + ((this.unit != null) ? this.unit : "") + "; " + amount;
	}

}
