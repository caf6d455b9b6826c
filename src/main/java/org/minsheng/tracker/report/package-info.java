/**
 * What reporters take away from the portal: a year's figures as CSV and XLSX downloads,
 * Atom feeds of newly approved figures, plans compared side by side and the year-end
 * review as a PDF — each as the public could see it at the end of a chosen day.
 */
package org.minsheng.tracker.report;
