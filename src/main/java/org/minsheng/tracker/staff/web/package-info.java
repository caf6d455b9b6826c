/**
 * Web pages of the staff workspace: sign-in and the workspace's home.
 */
package org.minsheng.tracker.staff.web;
