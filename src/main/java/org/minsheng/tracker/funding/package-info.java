/**
 * Funding of each commitment: the planned budget by source and the amount spent to date,
 * filed by the lead department and reviewed like figures, and the rule that a spend far
 * from the planned pace needs the department's explanation.
 */
package org.minsheng.tracker.funding;
