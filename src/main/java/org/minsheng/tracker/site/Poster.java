package org.minsheng.tracker.site;

import org.minsheng.tracker.system.LocalizedText;

/**
 * What one 民生码 poster shows.
 *
 * @param year the plan's year
 * @param number the commitment's number
 * @param commitment the commitment's title
 * @param site the site
 * @param address the site page's permanent absolute address (the QR code's content)
 * @param qrDataUri the QR code as a PNG data URI
 */
public record Poster(int year, int number, LocalizedText commitment, SiteCard site, String address, String qrDataUri) {
}
