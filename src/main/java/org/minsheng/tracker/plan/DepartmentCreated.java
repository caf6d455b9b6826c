package org.minsheng.tracker.plan;

/**
 * An administrator created a department.
 *
 * @param departmentId the department
 * @param code its code
 * @param name its Chinese name
 * @param admin who created it
 */
public record DepartmentCreated(Long departmentId, String code, String name, String admin) {

}
