package org.minsheng.tracker.progress;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: an editor submits a figure, the supervision office
 * approves it and the public page shows it; a rejected figure never appears and the
 * editor sees why.
 */
@Tag("browser")
class ReviewJourneyBrowserTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	private ChromeDriver browser;

	private WebDriverWait wait;

	private Long indicatorId;

	@BeforeEach
	void housingBureauLeadsTheElevators() {
		Department housing = this.staff.department("housing", "市住建局");
		this.indicatorId = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(1100, 1400));
		this.wait = HeadlessChromium.waitFor(this.browser);
	}

	@AfterEach
	void closeAndClean() {
		this.browser.quit();
		this.staff.removeTestAccounts();
	}

	private void signIn(String username) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/staff/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/staff$"));
	}

	private void fileElevators(String value) throws IOException {
		signIn("test-editor");
		this.browser.findElement(By.linkText("进度填报")).click();
		this.browser.findElement(By.cssSelector("a[href$='indicator=" + this.indicatorId + "']")).click();
		this.browser.findElement(By.id("value")).sendKeys(value);
		// The date picker's typing order depends on the browser's locale: set the value
		// directly.
		this.browser.executeScript("arguments[0].value = '2025-12-31'", this.browser.findElement(By.id("asOf")));
		this.browser.findElement(By.id("note")).sendKeys("年底复核数");
		HeadlessChromium.screenshot(this.browser, "staff-report-form");
		this.browser.findElement(By.cssSelector("button[value=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/staff/reports$"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("已提交督查室审核。");
	}

	private String publicElevators() {
		this.browser.get(url("/plans/2025/commitments/4"));
		return this.browser.findElement(By.cssSelector("table.indicators td.actual")).getText();
	}

	@Test
	void approvedFigureReachesThePublicPage() throws IOException {
		fileElevators("50");
		assertThat(publicElevators()).isEqualTo("46部");

		signIn("test-reviewer");
		this.browser.findElement(By.partialLinkText("审核")).click();
		assertThat(this.browser.findElement(By.cssSelector(".review-item .value")).getText()).isEqualTo("50部");
		HeadlessChromium.screenshot(this.browser, "staff-review");
		this.browser.findElement(By.cssSelector(".review-item form.approve button")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText())
			.isEqualTo("已审核通过，数据已公开。");

		assertThat(publicElevators()).isEqualTo("50部");
		HeadlessChromium.screenshot(this.browser, "public-after-approval");
	}

	@Test
	void rejectedFigureNeverAppearsAndTheEditorSeesWhy() throws IOException {
		fileElevators("60");
		signIn("test-reviewer");
		this.browser.get(url("/staff/review"));
		this.browser.findElement(By.cssSelector(".review-item form.reject textarea")).sendKeys("与住建台账不符");
		this.browser.findElement(By.cssSelector(".review-item form.reject button")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText())
			.startsWith("已退回");

		assertThat(publicElevators()).isEqualTo("46部");
		signIn("test-editor");
		this.browser.get(url("/staff/reports"));
		assertThat(this.browser.findElement(By.cssSelector(".open-reports .rejection")).getText()).isEqualTo("与住建台账不符");
		HeadlessChromium.screenshot(this.browser, "staff-desk-rejected");
	}

}
