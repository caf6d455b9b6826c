/**
 * Cross-cutting web plumbing: languages, security headers, error pages, the clock, figure
 * formatting and the public-data revision that keys every cache.
 */
package org.minsheng.tracker.system;
