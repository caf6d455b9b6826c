package org.minsheng.tracker.progress;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.minsheng.tracker.county.County;

/**
 * One county's share of a report's figure.
 */
@Entity
@Table(name = "report_county_figure")
public class CountyFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private ProgressReport report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "county_id")
	private County county;

	@Column(name = "figure")
	private BigDecimal figure;

	protected CountyFigure() {
	}

	CountyFigure(ProgressReport report, County county, BigDecimal figure) {
		if (figure == null || figure.signum() < 0) {
			throw new IllegalArgumentException("a county figure cannot be negative");
		}
		this.report = report;
		this.county = county;
		this.figure = figure;
	}

	public ProgressReport getReport() {
		return this.report;
	}

	public County getCounty() {
		return this.county;
	}

	public BigDecimal getFigure() {
		return this.figure;
	}

}
