package org.minsheng.tracker.voice;

import org.minsheng.tracker.progress.CommitmentProgress;
import org.minsheng.tracker.system.LocalizedText;

/**
 * The commitment a suggestion became, with its latest public progress (the box on the
 * suggestion's page).
 */
public record BecameCommitment(int year, int number, LocalizedText title, CommitmentProgress progress) {

}
