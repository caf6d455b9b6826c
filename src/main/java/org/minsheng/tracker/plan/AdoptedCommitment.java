package org.minsheng.tracker.plan;

import java.math.BigDecimal;
import java.util.List;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A commitment another feature hands to a draft plan in one piece (a candidate project
 * the delegates chose): its title, area, lead department and indicators, already checked.
 *
 * @param leadDepartmentId the lead department, or null
 */
public record AdoptedCommitment(LocalizedText title, Area area, Long leadDepartmentId,
		List<AdoptedIndicator> indicators) {

	public AdoptedCommitment {
		indicators = List.copyOf(indicators);
	}

	/**
	 * One of its indicators.
	 *
	 * @param unit the unit, or null for a qualitative task
	 * @param target the target, or null
	 */
	public record AdoptedIndicator(LocalizedText name, IndicatorKind kind, LocalizedText unit, BigDecimal target) {

	}

}
