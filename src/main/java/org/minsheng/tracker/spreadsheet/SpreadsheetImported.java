package org.minsheng.tracker.spreadsheet;

/**
 * An editor committed an uploaded spreadsheet: every row was filed and submitted for
 * review.
 *
 * @param batchId the upload
 * @param fileName the uploaded file's name
 * @param rows how many reports were filed
 * @param editor who committed it
 */
public record SpreadsheetImported(Long batchId, String fileName, int rows, String editor) {

}
