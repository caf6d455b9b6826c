package org.minsheng.tracker.watch;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * The supervision office put a commitment on the watch list.
 *
 * @param entryId the entry
 * @param after the entry as recorded
 * @param reason why
 * @param reviewer who placed it
 */
public record WatchPlaced(Long entryId, String after, String reason, String reviewer) implements PublicDataChanged {

}
