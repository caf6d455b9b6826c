package org.minsheng.tracker.voice;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * A moderator merged a pending duplicate into a published suggestion, which now counts
 * its supporters.
 *
 * @param suggestionId the duplicate
 * @param targetId the published suggestion it was merged into
 * @param moderator who merged it
 */
public record SuggestionMerged(long suggestionId, long targetId, String moderator) implements PublicDataChanged {

}
