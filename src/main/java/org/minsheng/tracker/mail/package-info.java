/**
 * Email: the persistent outbox every email leaves through (sent once by whichever
 * instance claims it, none lost in a crash), its sender and clean-up, the backlog
 * metrics, and bilingual email texts.
 */
package org.minsheng.tracker.mail;
