package org.minsheng.tracker.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One published plan in the list of plans, with the address of its full document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanSummaryJson(int year, Text title, String status, String href) {
}
