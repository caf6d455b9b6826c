package org.minsheng.tracker.cycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.minsheng.tracker.plan.Area;

/**
 * A new candidate as staff described it, already checked ({@link CandidateRules}).
 *
 * @param titleEn the English title, or null
 * @param leadDepartmentId the lead department, or null
 * @param estimatedCost the estimated cost in 万元 (ten thousand yuan), or null
 * @param countyCodes the counties it concerns (none: the whole city)
 * @param suggestionIds the published suggestions behind it (none: a department's
 * proposal)
 */
public record CandidateInput(String title, String titleEn, String description, Area area, Long leadDepartmentId,
		BigDecimal estimatedCost, List<String> countyCodes, Set<Long> suggestionIds,
		List<CandidateIndicator> indicators) {

	public CandidateInput {
		countyCodes = List.copyOf(countyCodes);
		suggestionIds = Set.copyOf(suggestionIds);
		indicators = List.copyOf(indicators);
	}

}
