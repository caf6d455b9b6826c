/**
 * Synthetic years for measuring growth (issue 11): a generator that adds many published
 * plans with weekly reports and county breakdowns to a database of its own, every title
 * marked as synthetic. Runs only under the {@code synthetic} profile and never with
 * {@code prod}; the layout then labels every page as showing demonstration data.
 */
package org.minsheng.tracker.synthetic;
