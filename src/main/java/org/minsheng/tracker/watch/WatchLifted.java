package org.minsheng.tracker.watch;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * The supervision office lifted a commitment from the watch list.
 *
 * @param entryId the entry
 * @param before the entry before
 * @param after the entry after
 * @param note what the office said, or null
 * @param reviewer who lifted it
 */
public record WatchLifted(Long entryId, String before, String after, String note,
		String reviewer) implements PublicDataChanged {

}
