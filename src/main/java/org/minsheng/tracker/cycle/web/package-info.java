/**
 * The cycle's pages: staff prepare candidates, record the vote, put the draft plan on
 * notice and record evaluations; the public supports and comments on candidates, reads
 * the ballot, objects during the notice and rates commitments.
 */
package org.minsheng.tracker.cycle.web;
