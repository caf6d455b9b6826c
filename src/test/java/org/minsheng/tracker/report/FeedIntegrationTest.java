package org.minsheng.tracker.report;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds, read back with ROME: newest approval first, stable tag ids, links to
 * the commitment as of the approval day, and nothing approved after {@code asOf}.
 */
class FeedIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFixtures reports;

	@AfterEach
	void removeTestData() {
		this.staff.removeTestAccounts();
	}

	private SyndFeed feed(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		return new SyndFeedInput().build(new StringReader(response.body()));
	}

	@Test
	void newlyApprovedFiguresComeFirstAndAsOfLeavesOutLaterOnes() throws Exception {
		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		Long id = this.reports.approvedAt(indicator, "50", "<b>新增</b> & 更多", "2026-03-01T10:00:00+08:00");

		SyndFeed portal = feed("/feeds/approved.atom");
		assertThat(portal.getFeedType()).isEqualTo("atom_1.0");
		assertThat(portal.getTitle()).isEqualTo("晋中市民生实事 · 新批准的进度数据");
		List<SyndEntry> entries = portal.getEntries();
		assertThat(entries).hasSizeBetween(25, ApprovalFeeds.ENTRIES);
		SyndEntry newest = entries.get(0);
		assertThat(newest.getUri()).isEqualTo("tag:minsheng-tracker,2025:report/" + id);
		assertThat(newest.getTitle()).isEqualTo("2025年第4件 · 既有住宅自愿加装电梯 · 既有住宅加装电梯：50部");
		assertThat(newest.getLink()).endsWith("/plans/2025/commitments/4?asOf=2026-03-01");
		assertThat(newest.getUpdatedDate())
			.isEqualTo(Date.from(OffsetDateTime.parse("2026-03-01T10:00:00+08:00").toInstant()));
		assertThat(newest.getContents().get(0).getValue()).contains("<b>新增</b> & 更多", "50部");
		assertThat(entries).allSatisfy((entry) -> assertThat(entry.getUri()).startsWith("tag:minsheng-tracker,"));
		for (int i = 1; i < entries.size(); i++) {
			assertThat(entries.get(i).getUpdatedDate()).isBeforeOrEqualTo(entries.get(i - 1).getUpdatedDate());
		}

		SyndFeed before = feed("/feeds/approved.atom?asOf=2026-02-28");
		assertThat(before.getEntries()).noneSatisfy((entry) -> assertThat(entry.getUri()).endsWith("/" + id));

		SyndFeed elevators = feed("/plans/2025/commitments/4/feed.atom");
		assertThat(elevators.getTitle()).contains("第4件", "既有住宅自愿加装电梯");
		assertThat(elevators.getEntries().get(0).getUri()).endsWith("report/" + id);
		assertThat(elevators.getEntries())
			.allSatisfy((entry) -> assertThat(entry.getLink()).contains("/plans/2025/commitments/4?asOf="));

		SyndFeed english = new SyndFeedInput()
			.build(new StringReader(get("/plans/2025/commitments/4/feed.atom", "lang=en").body()));
		assertThat(english.getEntries().get(0).getTitle()).contains("no. 4", "50");
	}

	@Test
	void anUnknownCommitmentOrADateInTheFutureIsRefused() {
		assertThat(get("/plans/2025/commitments/99/feed.atom").statusCode()).isEqualTo(404);
		assertThat(get("/plans/1999/commitments/1/feed.atom").statusCode()).isEqualTo(404);
		assertThat(get("/feeds/approved.atom?asOf=2999-01-01").statusCode()).isEqualTo(400);
	}

	@Test
	void everyEntryNamesWhoStandsBehindItsFigure() throws Exception {
		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.reports.approvedAt(indicator, "50", "年底复核", "2026-03-01T10:00:00+08:00");
		List<SyndEntry> entries = feed("/feeds/approved.atom").getEntries();
		assertThat(entries).allSatisfy((entry) -> assertThat(entry.getAuthor()).isNotBlank());
		assertThat(entries.get(0).getAuthor()).isEqualTo("市住建局");
		assertThat(entries).anySatisfy((entry) -> assertThat(entry.getAuthor()).isEqualTo("晋中日报"));
	}

	@Test
	void anEntryNamesTheDepartmentThatFiledItNotTodaysLeadDepartment() throws Exception {
		Department housing = this.staff.department("housing", "市住建局");
		Long indicator = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.reports.approvedAt(indicator, "50", "年底复核", "2026-03-01T10:00:00+08:00");
		this.staff.lead(2025, 4, this.staff.department("renamed", "市城市更新局"));

		SyndEntry asOfThatDay = feed("/plans/2025/commitments/4/feed.atom?asOf=2026-03-02").getEntries().get(0);
		assertThat(asOfThatDay.getAuthor()).isEqualTo("市住建局");
		assertThat(feed("/feeds/approved.atom").getEntries().get(0).getAuthor()).isEqualTo("市住建局");
	}

	@Test
	void aMalformedAsOfIsAPlainTextRefusalNotHtmlLabelledAsAtom() {
		HttpResponse<String> response = get("/feeds/approved.atom?asOf=yesterday");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(response.body()).contains("asOf").doesNotContain("<html");
		HttpResponse<String> missing = get("/plans/2025/commitments/99/feed.atom");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
	}

}
