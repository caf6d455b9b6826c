package org.minsheng.tracker.voice;

/**
 * A published suggestion as a list shows it, with how many people ask for it.
 */
public record SuggestionCard(Suggestion suggestion, long supporters) {
}
