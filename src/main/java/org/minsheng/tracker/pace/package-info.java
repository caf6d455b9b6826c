/**
 * Where each indicator should be by now (序时进度): its milestones, their reviewed changes on
 * a published plan, and the one rule that turns milestones (or, without any, the
 * calendar) into a planned value and a pace status.
 */
package org.minsheng.tracker.pace;
