package org.minsheng.tracker.voice;

import org.minsheng.tracker.system.LocalizedText;

/**
 * A commitment a suggestion can be linked to, as a choice in a list.
 */
public record CommitmentOption(Long id, int year, int number, LocalizedText title) {
}
