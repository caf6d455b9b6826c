/**
 * How far each commitment has got: progress reports and their review, per-county
 * breakdowns, and the domain rules that turn figures into a completion rate and a status.
 */
package org.minsheng.tracker.progress;
