/**
 * The public pages a citizen reads: the year's dashboard, one commitment, one county.
 * Builds read-only views from the plan, progress and county features.
 */
package org.minsheng.tracker.dashboard;
