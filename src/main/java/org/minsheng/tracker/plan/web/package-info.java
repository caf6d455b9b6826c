/**
 * Administrators' pages for plans: drafting a year's plan with its commitments and
 * indicators, publishing it, departments and lead departments.
 */
package org.minsheng.tracker.plan.web;
