package org.minsheng.tracker.site;

import java.math.BigDecimal;

import org.minsheng.tracker.progress.Figure;
import org.minsheng.tracker.system.LocalizedText;

/**
 * One count indicator's approved figure set beside the sites listed for it: they add up
 * when the sites in service are as many as the figure says (or at least as many, for a
 * figure printed as "200多").
 *
 * @param indicatorId the indicator
 * @param name its name
 * @param unit its unit
 * @param reported the approved figure, or null when none is public yet
 * @param listed how many sites are listed for it in public
 * @param inService how many of those are in service
 */
public record IndicatorTally(Long indicatorId, LocalizedText name, LocalizedText unit, Figure reported, int listed,
		int inService) {

	/**
	 * Whether the figure and the sites in service disagree (shown to staff and in
	 * public).
	 */
	public boolean mismatch() {
		if (this.reported == null || this.listed == 0) {
			return false;
		}
		int compared = this.reported.value().compareTo(BigDecimal.valueOf(this.inService));
		return this.reported.lowerBound() ? compared > 0 : compared != 0;
	}

	/** The figure as a plain number ("46"). */
	public String reportedText() {
		return (this.reported != null) ? this.reported.value().stripTrailingZeros().toPlainString() : null;
	}

	/** The count as a plain number. */
	public String inServiceText() {
		return String.valueOf(this.inService);
	}

}
