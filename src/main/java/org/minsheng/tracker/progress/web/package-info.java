/**
 * Staff pages for progress: editors' report forms and desk, the supervision office's
 * review queue.
 */
package org.minsheng.tracker.progress.web;
