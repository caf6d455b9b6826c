package org.minsheng.tracker.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a walk along the audit trail's hash chain found: intact, or its first broken link.
 *
 * @param rows the events checked
 * @param brokenId the first event that does not link to the one before (for
 * {@link Problem#END}, the last event present), or null when intact
 * @param brokenAt when that event says it happened, or null
 * @param problem what is wrong, or null when intact (serializable: it is shown once after
 * a redirect, through the session)
 */
public record ChainReport(long rows, Long brokenId, Instant brokenAt, Problem problem) implements Serializable {

	static ChainReport intact(long rows) {
		return new ChainReport(rows, null, null, null);
	}

	public boolean isIntact() {
		return this.problem == null;
	}

	/**
	 * How a link is broken; labels live in the message bundles as
	 * audit.chain.problem.NAME.
	 */
	public enum Problem {

		/** The event's content or hash is not what the chain says: it was changed. */
		HASH,

		/**
		 * The event is not in the next place: one before it is missing, or it was slipped
		 * in.
		 */
		POSITION,

		/**
		 * The chain's head counts more events than there are: the last ones are missing.
		 */
		END

	}

}
