package org.minsheng.tracker.staff;

import java.util.ArrayList;
import java.util.List;

/**
 * The roles and departments an administrator ticks for an account, as submitted.
 */
public class AccessForm {

	private List<String> roles = new ArrayList<>();

	private List<Long> departmentIds = new ArrayList<>();

	public List<String> getRoles() {
		return this.roles;
	}

	public void setRoles(List<String> roles) {
		this.roles = (roles != null) ? roles : new ArrayList<>();
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = (departmentIds != null) ? departmentIds : new ArrayList<>();
	}

	/** The form filled with what an account has now. */
	public static AccessForm of(StaffUser user) {
		AccessForm form = new AccessForm();
		user.getRoles().forEach((role) -> form.roles.add(role.name()));
		user.getDepartments().forEach((department) -> form.departmentIds.add(department.getId()));
		return form;
	}

}
