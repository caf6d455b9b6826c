package org.minsheng.tracker.voice;

/**
 * Where a suggestion stands in moderation. Labels live in the message bundles as
 * {@code voice.state.<NAME>}.
 */
public enum SuggestionState {

	PENDING, PUBLISHED, REJECTED, MERGED

}
