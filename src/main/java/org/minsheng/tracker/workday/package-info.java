/**
 * The working-day calendar: China's public holidays and adjusted working weekends (调休) as
 * data administrators keep, and {@link org.minsheng.tracker.workday.WorkingDays} to count
 * working days with it.
 */
package org.minsheng.tracker.workday;
