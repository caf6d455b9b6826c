package org.minsheng.tracker.pace;

import java.time.Instant;
import java.util.List;

import org.minsheng.tracker.system.LocalizedText;

/**
 * An approved change of an indicator's milestones as the public sees it: when, why, and
 * the schedule before and after (one milestone per line; empty: the calendar line).
 */
public record PublicChange(int commitmentNumber, int indicatorPosition, LocalizedText indicatorName, Instant approvedAt,
		String reason, List<String> before, List<String> after) {
}
