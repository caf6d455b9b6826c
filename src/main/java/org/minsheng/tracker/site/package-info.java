/**
 * Sites: the places where a count indicator's work is done (filed and reviewed like
 * figures), their 民生码 posters, and residents' ratings and problem reports with the lead
 * department's replies.
 */
package org.minsheng.tracker.site;
