package org.minsheng.tracker.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import org.minsheng.tracker.progress.Reading;
import org.minsheng.tracker.progress.StaffSource;
import org.minsheng.tracker.system.LocalizedText;

/**
 * One approved report in a commitment's history; a figure filed by staff has a
 * {@code staffSource} instead of a published source.
 */
public record HistoryEntry(LocalizedText indicatorName, LocalizedText unit, LocalDate asOf, Reading reading,
		Instant approvedAt, LocalizedText note, SourceView source, String sourceQuote, String correctionReason,
		StaffSource staffSource) {
}
