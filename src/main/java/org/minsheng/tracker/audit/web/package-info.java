/**
 * The administrators' view of the audit trail.
 */
package org.minsheng.tracker.audit.web;
