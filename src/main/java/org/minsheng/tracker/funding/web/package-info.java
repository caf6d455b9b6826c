/**
 * Staff pages for funding: editors' filing and the supervision office's review.
 */
package org.minsheng.tracker.funding.web;
