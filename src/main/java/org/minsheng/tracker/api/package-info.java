/**
 * The read-only open-data API under {@code /api/v1/}: plans, commitments with their
 * indicators and history, and recently approved reports as JSON, with problem details for
 * errors, revalidation headers and an OpenAPI document.
 */
package org.minsheng.tracker.api;
