/**
 * Sharing public pages: Open Graph metadata so a link pasted into a chat app shows a
 * preview, the preview's server-rendered PNG card of the progress, and a QR code of the
 * page for its printed version.
 */
package org.minsheng.tracker.share;
