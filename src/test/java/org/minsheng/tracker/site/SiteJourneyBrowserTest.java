package org.minsheng.tracker.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PlanFixtures;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.SiteFixtures;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: a resident scans a site's QR code, opens its page and
 * reports a problem with a photo; the supervision office publishes it; the lead
 * department replies; and the reply is on the site's page for everyone.
 */
@Tag("browser")
class SiteJourneyBrowserTest extends PortalIntegrationTest {

	private static final String TEXT = "充电桩的屏幕碎了，无法扫码充电。";

	private static final String REPLY = "已更换屏幕，恢复使用。";

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private SiteFixtures sites;

	private ChromeDriver browser;

	private WebDriverWait wait;

	private Long siteId;

	@BeforeEach
	void aSiteInPublic() {
		this.plans.publishedPlan(2090, 1, 1, 1, 1);
		Department department = this.staff.department("journey", "测试旅程局");
		Long indicator = this.staff.lead(2090, 1, department);
		this.staff.user("journey-editor", department, Role.EDITOR);
		this.staff.user("journey-reviewer", Role.REVIEWER);
		StaffClient editor = new StaffClient(this.port);
		editor.signIn("test-journey-editor", StaffFixtures.PASSWORD);
		StaffClient reviewer = new StaffClient(this.port);
		reviewer.signIn("test-journey-reviewer", StaffFixtures.PASSWORD);
		this.siteId = this.sites.fileAndApprove(editor, reviewer, indicator, "旅程测试充电站", "lingshi", "IN_SERVICE");
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(1100, 1400));
		this.wait = HeadlessChromium.waitFor(this.browser);
	}

	@AfterEach
	void closeAndClean() {
		this.browser.quit();
		this.sites.removeSites();
		this.plans.removeSyntheticPlans();
		this.staff.removeTestAccounts();
	}

	@Test
	void fromAScannedSitePageToAPublicReply() throws Exception {
		byte[] png = new StaffClient(this.port).download("/sites/" + this.siteId + "/qr.png").body();
		String scanned = new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))))
			.getText();
		assertThat(scanned).endsWith("/sites/" + this.siteId);

		this.browser.get(url(URI.create(scanned).getPath()));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("旅程测试充电站");
		new Select(this.browser.findElement(By.id("category"))).selectByValue("BROKEN");
		this.browser.findElement(By.id("text")).sendKeys(TEXT);
		this.browser.findElement(By.id("contact")).sendKeys("13812345678");
		this.browser.findElement(By.id("photo")).sendKeys(photo().toString());
		assertThat(this.browser.findElement(By.id("website")).isDisplayed()).as("the honeypot is hidden").isFalse();
		HeadlessChromium.screenshot(this.browser, "site-problem-form");
		this.browser.findElement(By.cssSelector("form.problem-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "已收到"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain(TEXT);

		signIn("test-journey-reviewer");
		this.browser.findElement(By.linkText("点位审核")).click();
		assertThat(this.browser.findElement(By.cssSelector(".pending-problem .contact")).getText())
			.contains("138****5678");
		this.browser.findElement(By.cssSelector(".pending-problem form.publish-problem button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "已公开"));

		signIn("test-journey-editor");
		this.browser.findElement(By.linkText("点位管理")).click();
		this.browser.findElement(By.cssSelector(".queued-problem textarea")).sendKeys(REPLY);
		this.browser.findElement(By.cssSelector(".queued-problem input[name=resolved]")).click();
		HeadlessChromium.screenshot(this.browser, "site-problem-reply");
		this.browser.findElement(By.cssSelector(".queued-problem form.reply-form button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "回复已发布"));

		this.browser.manage().deleteAllCookies();
		this.browser.get(url(URI.create(scanned).getPath()));
		String problems = this.browser.findElement(By.cssSelector(".problems")).getText();
		assertThat(problems).contains(TEXT, REPLY, "已解决").doesNotContain("13812345678");
		assertThat(this.browser.findElements(By.cssSelector(".problems .problem-photo"))).hasSize(1);
		HeadlessChromium.screenshot(this.browser, "site-page-reply");
	}

	private void signIn(String username) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/staff/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/staff$"));
	}

	private static Path photo() throws Exception {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Path file = Files.createTempFile("site-photo", ".jpg");
		ImageIO.write(image, "jpeg", file.toFile());
		file.toFile().deleteOnExit();
		return file;
	}

}
