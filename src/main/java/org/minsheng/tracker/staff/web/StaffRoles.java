package org.minsheng.tracker.staff.web;

/**
 * Which roles the signed-in person has, for the staff pages' navigation (templates ask
 * {@code staffRoles.editor}, never compare role names).
 */
public record StaffRoles(boolean editor, boolean reviewer, boolean admin) {

	static final StaffRoles NONE = new StaffRoles(false, false, false);

}
