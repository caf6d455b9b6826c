package org.minsheng.tracker.voice;

/**
 * A moderator rejected a pending suggestion with a reason; it stays private.
 *
 * @param suggestionId the suggestion
 * @param reason the moderator's reason
 * @param moderator who rejected it
 */
public record SuggestionRejected(long suggestionId, String reason, String moderator) {

}
