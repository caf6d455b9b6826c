package org.minsheng.tracker.voice;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * A moderator linked a published suggestion to the commitment it became, or unlinked it.
 *
 * @param suggestionId the suggestion
 * @param before the commitment it was linked to, or null
 * @param after the commitment it is linked to now, or null
 * @param moderator who changed the link
 */
public record SuggestionLinked(long suggestionId, Long before, Long after,
		String moderator) implements PublicDataChanged {

}
