package org.minsheng.tracker.spreadsheet;

/**
 * A data row and its row number in the file (the header is row 1), for messages.
 */
public record SheetRow(int number, ReportLine line) {
}
