package org.minsheng.tracker.plan;

/**
 * A plan is prepared as a draft and is public once published.
 */
public enum PlanStatus {

	DRAFT, PUBLISHED

}
