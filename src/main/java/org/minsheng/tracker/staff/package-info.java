/**
 * City staff: accounts, roles, department membership, sign-in with throttling, and the
 * first administrator.
 */
package org.minsheng.tracker.staff;
