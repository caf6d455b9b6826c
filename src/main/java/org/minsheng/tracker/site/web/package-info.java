/**
 * The sites' pages: a site's public page with the residents' forms, a commitment's sites,
 * posters and QR codes; the editors' sites and problem queue; the supervision office's
 * review, moderation and overdue list.
 */
package org.minsheng.tracker.site.web;
