package org.minsheng.tracker.voice;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * A moderator published a pending suggestion.
 *
 * @param suggestionId the suggestion
 * @param moderator who published it
 */
public record SuggestionPublished(long suggestionId, String moderator) implements PublicDataChanged {

}
