/**
 * Cross-cutting web plumbing: languages, security headers, error pages, the clock, figure
 * formatting, the public-data revision that keys every cache, and whether a start
 * migrates the schema or only checks its version.
 */
package org.minsheng.tracker.system;
