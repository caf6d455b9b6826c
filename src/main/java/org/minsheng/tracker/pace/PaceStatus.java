package org.minsheng.tracker.pace;

/**
 * Where an indicator stands against its planned pace (序时进度). Labels live in the message
 * bundles as {@code pace.status.<NAME>}.
 */
public enum PaceStatus {

	/** More than the tolerance ahead of the planned value (提前). */
	AHEAD,
	/** Within the tolerance of the planned value (按序时推进). */
	ON_TRACK,
	/** More than the tolerance behind, or a milestone missed (推进缓慢). */
	BEHIND;

	public String messageKey() {
		return "pace.status." + name();
	}

}
