package org.minsheng.tracker.dashboard;

import org.minsheng.tracker.plan.Area;

/**
 * The dashboard's filters as a visitor chose them; anything unknown means "all".
 */
public record BoardFilter(Area area, String countyCode) {

	public static final BoardFilter NONE = new BoardFilter(null, null);

	static BoardFilter of(String area, String county) {
		String code = (county == null || county.isBlank()) ? null : county.trim().toLowerCase(java.util.Locale.ROOT);
		return new BoardFilter(Area.fromParameter(area), code);
	}

	/** The same filter without a county that is not one of these. */
	BoardFilter keepingCountyIn(java.util.Collection<CountyRef> counties) {
		boolean known = counties.stream().anyMatch((county) -> county.code().equals(this.countyCode));
		return known ? this : new BoardFilter(this.area, null);
	}

	boolean accepts(CommitmentView commitment) {
		return (this.area == null || this.area == commitment.area())
				&& (this.countyCode == null || commitment.concerns(this.countyCode));
	}

	public boolean isActive() {
		return this.area != null || this.countyCode != null;
	}

}
