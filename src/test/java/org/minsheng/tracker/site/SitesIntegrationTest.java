package org.minsheng.tracker.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.SiteFixtures;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.workday.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sites over real HTTP: filed by the lead department's editor, approved by the
 * supervision office, added up against the indicator's approved figure in public and for
 * staff; the QR code and the poster; a resident's problem report masked, moderated,
 * answered and shown. The synthetic plan's indicator has the approved figure 3 (个).
 */
class SitesIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private SiteFixtures sites;

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private JdbcTemplate jdbc;

	private Long indicator;

	private StaffClient editor;

	private StaffClient reviewer;

	@BeforeEach
	void aPlanADepartmentAndItsStaff() {
		this.plans.publishedPlan(2090, 1, 1, 1, 3);
		Department department = this.staff.department("sites", "测试点位局");
		this.indicator = this.staff.lead(2090, 1, department);
		this.staff.user("site-editor", department, Role.EDITOR);
		this.staff.user("site-reviewer", Role.REVIEWER);
		this.editor = new StaffClient(this.port);
		this.editor.signIn("test-site-editor", StaffFixtures.PASSWORD);
		this.reviewer = new StaffClient(this.port);
		this.reviewer.signIn("test-site-reviewer", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeTestData() {
		this.sites.removeSites();
		this.plans.removeSyntheticPlans();
		this.staff.removeTestAccounts();
	}

	@Test
	void sitesAddUpAgainstTheApprovedFigureAndAMismatchIsShown() {
		this.sites.fileAndApprove(this.editor, this.reviewer, this.indicator, "测试站一", "yuci", "IN_SERVICE");
		this.sites.fileAndApprove(this.editor, this.reviewer, this.indicator, "测试站二", "taigu", "IN_SERVICE");
		Long planned = this.sites.fileAndApprove(this.editor, this.reviewer, this.indicator, "测试站三", "taigu",
				"PLANNED");

		Document commitment = page("/plans/2090/commitments/1");
		assertThat(commitment.select(".commitment-sites .tally.mismatch").text()).contains("报告3个，列出在用点位2处")
			.contains("两者不一致");
		assertThat(commitment.select(".commitment-sites .sites-count").text()).contains("共列出3处点位");
		assertThat(commitment.select(".commitment-sites .as-of-current")).as("today's page needs no label").isEmpty();
		assertThat(
				page("/plans/2090/commitments/1?asOf=" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))
					.select(".commitment-sites .as-of-current")
					.text())
			.as("as of a day, the sites are labelled as today's")
			.contains("点位情况是今天的，不是所选日期的");
		assertThat(page("/plans/2090/commitments/1?lang=en").select(".commitment-sites .tally.mismatch").text())
			.contains("3 items reported, 2 sites in service listed (they differ)");
		assertThat(this.editor.page("/staff/sites").select(".site-desk .tally.mismatch").text())
			.contains("报告3个，列出在用点位2处");

		Document list = page("/plans/2090/commitments/1/sites");
		assertThat(list.select(".sites-by-county h2").eachText()).containsExactly("榆次区（1处）", "太谷区（2处）");
		assertThat(list.select(".site-map [data-county=taigu]").attr("data-sites")).isEqualTo("2");
		assertThat(list.select(".site-map .site-dot")).hasSize(3);

		Document change = this.editor.page("/staff/sites/" + planned + "/edit");
		assertThat(this.editor
			.submit(change, "form.site-form",
					Map.of("name", "测试站三", "address", "测试站三路1号", "county", "taigu", "state", "IN_SERVICE"))
			.statusCode()).isEqualTo(302);
		assertThat(page("/plans/2090/commitments/1").select(".tally.mismatch")).as("still under review").isNotEmpty();
		assertThat(this.reviewer
			.submit(this.reviewer.page("/staff/site-review"), "article[data-site='" + planned + "'] form.approve-site",
					Map.of())
			.statusCode()).isEqualTo(302);

		Document after = page("/plans/2090/commitments/1");
		assertThat(after.select(".commitment-sites .tally")).hasSize(1);
		assertThat(after.select(".commitment-sites .tally.mismatch")).isEmpty();
		assertThat(after.select(".commitment-sites .tally").text()).contains("报告3个，列出在用点位3处");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action IN ('SITE_FILED', 'SITE_APPROVED') AND subject_id = ?",
				Integer.class, planned))
			.isEqualTo(4);
	}

	@Test
	void badInputIsExplainedAndNothingIsFiledNorPublicBeforeApproval() {
		Document form = this.editor.page("/staff/sites/new?indicator=" + this.indicator);
		HttpResponse<String> refused = this.editor.submit(form, "form.site-form", Map.of("name", "测试站", "address", "",
				"county", "yuci", "state", "IN_SERVICE", "latitude", "30.0", "longitude", "120.0"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("请填写地址。").contains("坐标不在晋中市范围内").contains("测试站");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site", Integer.class)).isZero();

		Long id = this.sites.file(this.editor, this.indicator, "未审核站", "yuci", "IN_SERVICE");
		assertThat(get("/sites/" + id).statusCode()).isEqualTo(404);
		StaffClient stranger = new StaffClient(this.port);
		this.staff.user("other-editor", this.staff.department("other", "其他局"), Role.EDITOR);
		stranger.signIn("test-other-editor", StaffFixtures.PASSWORD);
		assertThat(stranger.get("/staff/sites/new?indicator=" + this.indicator).statusCode()).isEqualTo(403);
	}

	@Test
	void theQrCodeAndThePosterHoldTheSitesPermanentAddress() throws Exception {
		Long id = this.sites.fileAndApprove(this.editor, this.reviewer, this.indicator, "海报测试站", "pingyao",
				"IN_SERVICE");
		this.sites.fileAndApprove(this.editor, this.reviewer, this.indicator, "海报测试站乙", "yuci", "IN_SERVICE");
		String address = "http://localhost:8080/sites/" + id;

		byte[] png = this.editor.download("/sites/" + id + "/qr.png").body();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText()).isEqualTo(address);

		HttpResponse<byte[]> poster = this.editor.download("/sites/" + id + "/poster.pdf");
		assertThat(poster.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/pdf"));
		String text = pdfText(poster.body());
		assertThat(text).contains("民生码", "海报测试站", "平遥县", "2090年民生实事第1件", "合成实事1", address, "扫码查看此处的情况");

		try (PDDocument all = Loader
			.loadPDF(this.editor.download("/staff/sites/posters.pdf?year=2090&number=1").body())) {
			assertThat(all.getNumberOfPages()).isEqualTo(2);
		}
		try (PDDocument one = Loader
			.loadPDF(this.editor.download("/staff/sites/posters.pdf?year=2090&number=1&county=pingyao").body())) {
			assertThat(one.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void aResidentsReportIsMaskedModeratedAnsweredAndShownInPublic() {
		Long id = this.sites.fileAndApprove(this.editor, this.reviewer, this.indicator, "问题测试站", "jiexiu",
				"IN_SERVICE");
		StaffClient resident = new StaffClient(this.port);
		Document site = resident.page("/sites/" + id);
		HttpResponse<String> empty = resident.submit(site, "form.problem-form",
				Map.of("category", "BROKEN", "text", " ", "contact", "13812345678"));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("请描述问题。").contains("13812345678");

		HttpResponse<String> sent = resident.submit(site, "form.problem-form",
				Map.of("category", "BROKEN", "text", "显示屏不亮，按钮没有反应。", "contact", "13812345678"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(resident.follow(sent).select(".notice").text()).contains("已收到");
		assertThat(page("/sites/" + id).select("main").text()).doesNotContain("显示屏不亮");
		assertThat(this.jdbc.queryForObject("SELECT reply_due_on FROM site_problem", LocalDate.class))
			.isEqualTo(this.workingDays.plusWorkingDays(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 3));

		Document queue = this.editor.page("/staff/sites");
		assertThat(queue.select(".queued-problem").text()).contains("显示屏不亮", "138****5678")
			.doesNotContain("13812345678");
		Document moderation = this.reviewer.page("/staff/site-review");
		assertThat(moderation.select(".pending-problem").text()).contains("138****5678").doesNotContain("13812345678");
		assertThat(this.reviewer.submit(moderation, ".pending-problem form.reject-problem", Map.of("reason", ""))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT state FROM site_problem", String.class)).isEqualTo("PENDING");
		assertThat(this.reviewer
			.submit(this.reviewer.page("/staff/site-review"), ".pending-problem form.publish-problem", Map.of())
			.statusCode()).isEqualTo(302);

		Document published = page("/sites/" + id);
		assertThat(published.select(".urgent-problems").text()).contains("损坏", "显示屏不亮");
		assertThat(published.select(".problems .problem").text()).contains("显示屏不亮").contains("应于");
		assertThat(published.select("main").text()).doesNotContain("138");

		assertThat(this.editor
			.submit(this.editor.page("/staff/sites"), ".queued-problem form.reply-form",
					Map.of("reply", "已更换显示屏，恢复使用。", "resolved", "on"))
			.statusCode()).isEqualTo(302);
		Document answered = page("/sites/" + id);
		assertThat(answered.select(".problems .reply").text()).contains("已更换显示屏，恢复使用。", "已解决");
		assertThat(answered.select(".urgent-problems")).isEmpty();
		assertThat(page("/plans/2090/commitments/1").select(".commitment-sites .on-time").text()).contains("按时回复率100%");
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_event WHERE subject_type = 'site_problem' ORDER BY id", String.class))
			.endsWith("SITE_PROBLEM_PUBLISHED", "SITE_PROBLEM_ANSWERED");
	}

	@Test
	void anotherResidentsReportThatIsRejectedStaysPrivateAndBotsAreIgnored() {
		Long id = this.sites.fileAndApprove(this.editor, this.reviewer, this.indicator, "审核测试站", "yushe", "IN_SERVICE");
		StaffClient resident = new StaffClient(this.port);
		Document site = resident.page("/sites/" + id);
		assertThat(resident
			.submit(site, "form.problem-form", Map.of("category", "OTHER", "text", "机器人", "website", "spam"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM site_problem", Integer.class)).isZero();

		resident.submit(site, "form.problem-form", Map.of("category", "OTHER", "text", "无关广告内容"));
		this.reviewer.submit(this.reviewer.page("/staff/site-review"), ".pending-problem form.reject-problem",
				Map.of("reason", "与点位无关"));
		assertThat(this.jdbc.queryForObject("SELECT state FROM site_problem", String.class)).isEqualTo("REJECTED");
		assertThat(page("/sites/" + id).select("main").text()).doesNotContain("无关广告内容");
		assertThat(this.editor.page("/staff/sites").select(".queued-problem")).isEmpty();

		HttpResponse<String> rated = resident.submit(resident.page("/sites/" + id), "form.rate-form",
				Map.of("works", "yes"));
		assertThat(resident.follow(rated).select(".ratings").text()).contains("好用 1");
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

}
