/**
 * The public suggestion pages and form, and the staff moderation queue.
 */
package org.minsheng.tracker.voice.web;
