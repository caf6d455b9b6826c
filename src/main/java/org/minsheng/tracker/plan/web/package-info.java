/**
 * Administrators' pages for plans: drafting a year's plan with its commitments and
 * indicators, publishing it, departments and lead departments. (Staff accounts belong to
 * departments, so the staff feature depends on this one: these pages name the acting
 * administrator by the signed-in principal's name rather than the staff feature's
 * {@code StaffMember}; the staff interceptor has already refused a missing or disabled
 * account with 403.)
 */
package org.minsheng.tracker.plan.web;
