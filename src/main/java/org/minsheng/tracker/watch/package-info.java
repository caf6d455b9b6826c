/**
 * The watch list (挂牌督办): commitments the supervision office puts under formal
 * supervision, with a reason and a deadline, public until lifted.
 */
package org.minsheng.tracker.watch;
