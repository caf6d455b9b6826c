package org.minsheng.tracker.audit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail records staff actions, administrators can filter it, and the database
 * itself refuses to change or remove a record.
 */
class AuditTrailIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeAccounts() {
		this.staff.removeTestAccounts();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAuditEvents() {
		StaffClient client = new StaffClient(this.port);
		this.staff.user("auditor", Role.ADMIN);
		client.signIn("test-auditor", "wrong password");
		Long id = this.jdbc.queryForObject(
				"SELECT MAX(id) FROM audit_event WHERE actor = 'test-auditor' AND action = 'SIGN_IN_FAILED'",
				Long.class);
		assertThat(id).isNotNull();
		assertThatThrownBy(() -> this.jdbc.update("UPDATE audit_event SET actor = 'someone-else' WHERE id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM audit_event WHERE id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThat(this.jdbc.queryForObject("SELECT actor FROM audit_event WHERE id = ?", String.class, id))
			.isEqualTo("test-auditor");
	}

	@Test
	void administratorsFilterTheTrailByPersonAndAction() {
		this.staff.user("chief", Role.ADMIN);
		StaffClient admin = new StaffClient(this.port);
		admin.signIn("test-chief", "not the password");
		admin.signIn("test-chief", StaffFixtures.PASSWORD);
		Document all = admin.page("/staff/audit?actor=test-chief");
		assertThat(all.select("table.audit tbody tr").eachAttr("data-action")).contains("SIGN_IN", "SIGN_IN_FAILED");
		Document failed = admin.page("/staff/audit?actor=test-chief&action=SIGN_IN_FAILED");
		assertThat(failed.select("table.audit tbody tr").eachAttr("data-action")).containsOnly("SIGN_IN_FAILED");
		assertThat(failed.selectFirst("table.audit tbody tr td:last-child").text()).isEqualTo("127.0.0.1");
		assertThat(failed.select("table.audit tbody tr td:nth-child(4)").eachText())
			.as("a sign-in names its account as the actor; its subject has no id to show")
			.containsOnly("app_user");
		assertThat(all.select("table.audit tbody").text()).doesNotContain("null");
		Document badDate = admin.page("/staff/audit?actor=test-chief&from=yesterday");
		assertThat(badDate.selectFirst("[role=alert]").text()).startsWith("日期格式不正确");
		assertThat(badDate.select("table.audit tbody tr")).isNotEmpty();
		Document nobody = admin.page("/staff/audit?actor=nobody");
		assertThat(nobody.selectFirst(".empty").text()).isEqualTo("没有符合条件的记录。");
	}

}
