/**
 * Staff pages for milestones: administrators' entry while drafting, editors' change
 * requests on a published plan, and the supervision office's review of them.
 */
package org.minsheng.tracker.pace.web;
