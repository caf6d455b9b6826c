/**
 * The reporting calendar: when each lead department owes a report per indicator, what is
 * due and overdue on a day, each department's punctuality, and how fresh each
 * commitment's public figures are.
 */
package org.minsheng.tracker.reporting;
