/**
 * How public pages are displayed for residents: the seniors' mode (长辈模式) switch, kept in
 * a cookie and working without JavaScript.
 */
package org.minsheng.tracker.display;
