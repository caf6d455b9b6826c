/**
 * The demonstration 2026 cycle (issue 13): under the {@code demo} profile only, on the
 * embedded database only, candidates built from the residents' hopes the press quoted, a
 * vote, a plan, approved figures and an evaluation, every title marked as demonstration
 * data; every page then carries the demonstration banner.
 */
package org.minsheng.tracker.demo;
