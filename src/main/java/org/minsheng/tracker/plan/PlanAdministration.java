package org.minsheng.tracker.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.NotFoundException;
import org.minsheng.tracker.system.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators change in plans: departments, and which department leads a
 * commitment. Every change is audited; changes the public sees bump the public revision.
 */
@Service
public class PlanAdministration {

	private final Departments departments;

	private final Commitments commitments;

	private final ApplicationEventPublisher events;

	PlanAdministration(Departments departments, Commitments commitments, ApplicationEventPublisher events) {
		this.departments = departments;
		this.commitments = commitments;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Department> departments() {
		return this.departments.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	public List<Commitment> commitments() {
		return this.commitments.findAllForAdministration();
	}

	/**
	 * Creates a department; returns what is wrong, empty when created.
	 */
	@Transactional
	public List<Problem> createDepartment(String code, String nameZh, String nameEn, String actor) {
		List<Problem> errors = new ArrayList<>();
		String normalized = (code == null) ? "" : code.strip().toLowerCase(Locale.ROOT);
		if (!normalized.matches("[a-z0-9-]{2,40}")) {
			errors.add(new Problem("code", "admin.department.error.code"));
		}
		if (nameZh == null || nameZh.isBlank() || nameZh.strip().length() > 100) {
			errors.add(new Problem("nameZh", "admin.department.error.nameZh"));
		}
		if (nameEn != null && nameEn.strip().length() > 200) {
			errors.add(new Problem("nameEn", "admin.department.error.nameEn"));
		}
		if (errors.isEmpty() && (this.departments.findByCode(normalized).isPresent()
				|| this.departments.findAll().stream().anyMatch((d) -> d.getName().zh().equals(nameZh.strip())))) {
			errors.add(new Problem(null, "admin.department.error.duplicate"));
		}
		if (errors.isEmpty()) {
			String english = (nameEn == null || nameEn.isBlank()) ? nameZh.strip() : nameEn.strip();
			Department department = this.departments
				.save(new Department(normalized, new LocalizedText(nameZh.strip(), english)));
			this.events.publishEvent(new DepartmentCreated(department.getId(), normalized, nameZh.strip(), actor));
		}
		return errors;
	}

	@Transactional
	public void assignLead(Long commitmentId, Long departmentId, String actor) {
		Commitment commitment = this.commitments.findById(commitmentId)
			.orElseThrow(() -> new NotFoundException("notFound.page"));
		Department department = (departmentId == null) ? null
				: this.departments.findById(departmentId).orElseThrow(() -> new NotFoundException("notFound.page"));
		String before = (commitment.getLeadDepartment() != null) ? commitment.getLeadDepartment().getCode() : null;
		commitment.assignLead(department);
		this.events.publishEvent(new LeadDepartmentAssigned(commitmentId, before,
				(department != null) ? department.getCode() : null, actor));
	}

}
