package org.minsheng.tracker.staff;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace offers each person only the pages their roles open, and names them on its
 * home page.
 */
class StaffNavigationWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private Document home(String name, Role... roles) {
		this.staff.user(name, roles);
		StaffClient client = new StaffClient(this.port);
		client.signIn("test-" + name, StaffFixtures.PASSWORD);
		return client.page("/staff");
	}

	@Test
	void anEditorIsOfferedReportingOnly() {
		Document home = home("nav-editor", Role.EDITOR);
		assertThat(home.select("nav.staff-nav a").eachAttr("href")).containsExactly("/staff", "/staff/reports",
				"/staff/import", "/staff/sites", "/staff/reports/milestones", "/staff/reports/funding");
		assertThat(home.selectFirst(".whoami").text()).contains("测试 nav-editor", "test-nav-editor");
	}

	@Test
	void aReviewerWhoIsAlsoAnAdministratorIsOfferedBoth() {
		Document home = home("nav-chief", Role.REVIEWER, Role.ADMIN);
		assertThat(home.select("nav.staff-nav a").eachAttr("href")).containsExactly("/staff", "/staff/review",
				"/staff/site-review", "/staff/review/overdue", "/staff/moderation", "/staff/review/milestones",
				"/staff/review/watch", "/staff/review/funding", "/staff/moderation/cycle", "/staff/admin/commitments",
				"/staff/admin/plans", "/staff/admin/cycle", "/staff/admin/users", "/staff/admin/throttles",
				"/staff/admin/working-days", "/staff/admin/outbox", "/staff/audit");
	}

}
