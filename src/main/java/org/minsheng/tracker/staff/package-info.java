/**
 * City staff: accounts, roles, department membership, sign-in with throttling per account
 * name and client address, passwords (policy, forced change, self-service change), and
 * the first administrator.
 */
package org.minsheng.tracker.staff;
