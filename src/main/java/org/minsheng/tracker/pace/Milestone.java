package org.minsheng.tracker.pace;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.minsheng.tracker.system.LocalizedText;

/**
 * One stored milestone of an indicator's current schedule.
 */
@Entity
@Table(name = "milestone")
class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "indicator_id")
	private Long indicatorId;

	@Column(name = "due_on")
	private LocalDate due;

	@Column(name = "planned_value")
	private BigDecimal value;

	@Column(name = "step_zh")
	private String stepZh;

	@Column(name = "step_en")
	private String stepEn;

	protected Milestone() {
	}

	Milestone(Long indicatorId, MilestonePoint point) {
		this.indicatorId = indicatorId;
		this.due = point.due();
		this.value = point.value();
		this.stepZh = (point.step() != null) ? point.step().zh() : null;
		this.stepEn = (point.step() != null) ? point.step().en() : null;
	}

	Long getIndicatorId() {
		return this.indicatorId;
	}

	MilestonePoint point() {
		return new MilestonePoint(this.due, this.value,
				(this.stepZh != null) ? new LocalizedText(this.stepZh, this.stepEn) : null);
	}

}
