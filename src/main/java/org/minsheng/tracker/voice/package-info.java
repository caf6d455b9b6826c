/**
 * The citizens' voice: suggestions from the public and residents' hopes quoted by the
 * press, their moderation, the people who support them, and the commitments they became.
 */
package org.minsheng.tracker.voice;
