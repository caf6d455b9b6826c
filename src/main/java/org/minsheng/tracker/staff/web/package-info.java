/**
 * Web pages of the staff workspace: sign-in, the workspace's home and the administrators'
 * account pages.
 */
package org.minsheng.tracker.staff.web;
