package org.minsheng.tracker.progress;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff figure has a source (issue 10, item 2): "reported by the department,
 * reviewed by the supervision office on the day" and its evidence link, on the commitment
 * page, in the API and in the export; the newspaper's quote is labelled as the figure
 * first published once a later figure replaces it.
 */
class StaffSourceWebTest extends PortalIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EVIDENCE = "https://example.org/elevators-2025.pdf";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFixtures reports;

	@Autowired
	private ReportFilingService filing;

	@BeforeEach
	void housingBureauReports49WithEvidence() {
		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		ReportForm form = new ReportForm();
		form.setIndicatorId(indicator);
		form.setValue("49");
		form.setAsOf("2025-12-31");
		form.setEvidenceUrl(EVIDENCE);
		Long id = this.filing.file(form.toFiling(), null, true, this.staff.member("editor")).reportId();
		this.reports.approve(id);
		this.reports.approvedAt(id, "2026-03-01T10:00:00+08:00");
	}

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	@Test
	void theCommitmentPageCitesTheDepartmentTheReviewAndTheEvidence() {
		Document page = page("/plans/2025/commitments/4");
		Element newest = page.selectFirst("table.history tbody tr");
		assertThat(newest.text()).contains("49部");
		assertThat(newest.selectFirst(".staff-source").text()).isEqualTo("由市住建局填报，督查室于2026年3月1日审核，佐证材料");
		Element link = newest.selectFirst(".staff-source a.evidence");
		assertThat(link.attr("href")).isEqualTo(EVIDENCE);
		assertThat(link.attr("rel")).isEqualTo("nofollow noopener");
		assertThat(page.select("table.history tbody tr .source-ref").text()).contains("晋中日报");
		assertThat(page.selectFirst("#source-title").text()).isEqualTo("最初公布的数据（来源原文）");
		assertThat(page.selectFirst(".source-block blockquote").text()).contains("46部");

		Document english = page("/plans/2025/commitments/4?lang=en");
		assertThat(english.selectFirst("table.history tbody tr .staff-source").text()).isEqualTo(
				"Reported by Test department housing, reviewed by the supervision office on 1 Mar 2026, evidence");
	}

	@Test
	void theApiAndTheExportCarryTheSameSource() {
		JsonNode detail = JSON.readTree(get("/api/v1/plans/2025/commitments/4").body());
		JsonNode reportedBy = detail.get("commitment").get("indicators").get(0).get("reportedBy");
		assertThat(reportedBy.get("department").get("zh").asString()).isEqualTo("市住建局");
		assertThat(reportedBy.get("reviewedBy").asString()).isEqualTo("supervision-office");
		assertThat(reportedBy.get("reviewedAt").asString()).isEqualTo("2026-03-01T02:00:00Z");
		assertThat(reportedBy.get("evidenceUrl").asString()).isEqualTo(EVIDENCE);
		assertThat(detail.get("history").get(0).get("reportedBy").get("evidenceUrl").asString()).isEqualTo(EVIDENCE);
		assertThat(detail.get("history").get(1).has("reportedBy")).isFalse();

		String csv = new String(get("/plans/2025/export.csv").body().getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("填报单位（工作台填报的数据）").contains("市住建局").contains(EVIDENCE);
	}

}
