package org.minsheng.tracker.dashboard;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As of a day, the lead department shown is today's: it is labelled so (issue 10, item
 * 4), never passed off as that day's.
 */
class AsOfLeadDepartmentWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	@Test
	void anAsOfPageLabelsTodaysLeadDepartmentAsCurrent() {
		this.staff.lead(2025, 4, this.staff.department("housing", "市住建局"));
		Document today = page("/plans/2025/commitments/4");
		assertThat(today.selectFirst(".lead-department").text()).isEqualTo("市住建局");
		Document then = page("/plans/2025/commitments/4?asOf=2026-01-01");
		assertThat(then.selectFirst(".lead-department").text()).isEqualTo("市住建局（今天的牵头单位，不一定是所选日期的情况）");

		String api = get("/api/v1/plans/2025/commitments/4?asOf=2026-01-01").body();
		assertThat(api).contains("\"leadDepartmentIsCurrent\":true");
		assertThat(get("/api/v1/plans/2025?asOf=2026-01-01").body()).contains("\"leadDepartmentIsCurrent\":true");
		assertThat(get("/api/v1/plans/2025/commitments/4").body()).contains("市住建局")
			.doesNotContain("leadDepartmentIsCurrent");

		String header = get("/plans/2025/export.csv?asOf=2026-01-01").body().lines().findFirst().orElseThrow();
		assertThat(header).contains("牵头部门（今天的，不一定是所选日期的）");
		assertThat(get("/plans/2025/export.csv").body().lines().findFirst().orElseThrow()).contains("牵头部门,");
	}

}
