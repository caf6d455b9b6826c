/**
 * The administrators' page of the working-day calendar.
 */
package org.minsheng.tracker.workday.web;
