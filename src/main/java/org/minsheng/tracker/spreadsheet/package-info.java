/**
 * Spreadsheet import and export of progress figures: one column layout for the template,
 * the export and the import, an upload kept in the database until its owner commits it,
 * and a commit that files every row through the ordinary filing rules or none at all.
 */
package org.minsheng.tracker.spreadsheet;
