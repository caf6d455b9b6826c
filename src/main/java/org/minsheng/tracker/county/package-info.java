/**
 * The city's 11 county-level divisions and the places where sources name a county for a
 * commitment.
 */
package org.minsheng.tracker.county;
