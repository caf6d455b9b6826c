/**
 * The supervision office's watch-list page: place a commitment with a reason and a
 * deadline, lift it.
 */
package org.minsheng.tracker.watch.web;
