/**
 * The append-only audit trail: who did what, when, from where, with the state before and
 * after.
 */
package org.minsheng.tracker.audit;
