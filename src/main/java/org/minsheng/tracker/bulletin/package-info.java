/**
 * The monthly bulletin (月报): for every ended month of a plan, a page and a PDF generated
 * from the data as of the month's end — delivered, ahead, on track, behind, changes since
 * the previous month, the watch list and funding.
 */
package org.minsheng.tracker.bulletin;
