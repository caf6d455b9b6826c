package org.minsheng.tracker.progress;

import org.minsheng.tracker.system.LocalizedText;

/**
 * What an editor adds to a figure: a note, why a figure went down or a county breakdown
 * does not add up, and a link to evidence.
 */
public record FilingDetails(LocalizedText note, String correctionReason, String breakdownNote, String evidenceUrl) {

	public static final FilingDetails NONE = new FilingDetails(null, null, null, null);

}
