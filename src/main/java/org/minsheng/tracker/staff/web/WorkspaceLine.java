package org.minsheng.tracker.staff.web;

/**
 * A task as the workspace home shows it: its text in the reader's language, where it is
 * done, and whether it is late or failing.
 *
 * @param text the text
 * @param href where it is done
 * @param urgent whether it is marked urgent
 */
public record WorkspaceLine(String text, String href, boolean urgent) {
}
