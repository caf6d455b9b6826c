/**
 * Following a commitment by email: a resident's address, confirmed by a link (double
 * opt-in), gets one email per newly approved figure of that commitment, with one-click
 * unsubscribe; the address serves nothing else and is deleted on unsubscribe.
 */
package org.minsheng.tracker.follow;
