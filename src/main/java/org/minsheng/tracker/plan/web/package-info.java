/**
 * Administrators' pages for plans: departments and lead departments.
 */
package org.minsheng.tracker.plan.web;
