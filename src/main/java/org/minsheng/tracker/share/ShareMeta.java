package org.minsheng.tracker.share;

/**
 * What a page shows when its link is shared.
 *
 * @param title the preview's title
 * @param description one sentence with the essential figures
 * @param image the path of the preview card (PNG)
 * @param qr whether the printed page carries a QR code of its address
 */
public record ShareMeta(String title, String description, String image, boolean qr) {
}
