package org.minsheng.tracker.cycle;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * A resident's online rating was counted: the commitment page shows the new counts.
 *
 * @param commitmentId the commitment rated
 */
public record CommitmentRated(long commitmentId) implements PublicDataChanged {

}
