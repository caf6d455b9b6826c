/**
 * The import page under {@code /staff/import}: upload, preview, commit, templates and
 * export.
 */
package org.minsheng.tracker.spreadsheet.web;
