package org.minsheng.tracker.plan;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * An administrator named (or removed) the department that leads a commitment; the public
 * pages show the lead department.
 *
 * @param commitmentId the commitment
 * @param before the previous lead department's code, or null
 * @param after the new lead department's code, or null
 * @param admin who changed it
 */
public record LeadDepartmentAssigned(Long commitmentId, String before, String after,
		String admin) implements PublicDataChanged {

}
