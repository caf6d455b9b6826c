/**
 * The annual cycle around the commitments: candidate projects built from suggestions or
 * departments' proposals, their screening and public support, the delegates' vote, the
 * public notice of a draft plan with its objections, the satisfaction evaluation, and
 * each commitment's timeline from suggestion to verdict.
 */
package org.minsheng.tracker.cycle;
