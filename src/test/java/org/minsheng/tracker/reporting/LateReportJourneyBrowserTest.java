package org.minsheng.tracker.reporting;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.CalendarIntegrationTest;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.StaffFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium on 3 December 2025: the elevators' October report is 28
 * days overdue, so the public page and the dashboard mark the figures stale; the housing
 * bureau's editor, reminded on their workspace home, files late; once approved, the
 * public page says it was updated today (and, the target of 46 reached, owes no further
 * report).
 */
@Tag("browser")
class LateReportJourneyBrowserTest extends CalendarIntegrationTest {

	private ChromeDriver browser;

	private WebDriverWait wait;

	private Long elevators;

	@BeforeEach
	void housingBureauLeadsTheElevators() {
		Department housing = this.staff.department("housing", "市住建局");
		this.elevators = this.staff.lead(2025, 4, housing);
		this.staff.user("editor", housing, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(1100, 1400));
		this.wait = HeadlessChromium.waitFor(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void signIn(String username) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/staff/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/staff$"));
	}

	@Test
	void anEditorFilesLateAndThePublicPageIsNoLongerStale() throws IOException {
		this.browser.get(url("/plans/2025/commitments/4"));
		assertThat(this.browser.findElement(By.cssSelector(".freshness.stale .stale-mark")).getText())
			.isEqualTo("数据可能已过时：自2025年11月6日起逾期未更新");
		HeadlessChromium.screenshot(this.browser, "public-commitment-stale");
		this.browser.get(url("/plans/2025"));
		assertThat(this.browser.findElements(By.cssSelector("#commitment-4 .freshness.stale"))).hasSize(1);
		HeadlessChromium.screenshot(this.browser, "public-dashboard-stale");

		signIn("test-editor");
		assertThat(this.browser.findElement(By.cssSelector(".tasks-reports li.urgent")).getText()).contains("已逾期")
			.contains("2025-10");
		HeadlessChromium.screenshot(this.browser, "staff-home-overdue");
		this.browser.findElement(By.cssSelector(".tasks-reports li.urgent a")).click();
		this.browser.findElement(By.id("value")).sendKeys("46");
		this.browser.executeScript("arguments[0].value = '2025-11-30'", this.browser.findElement(By.id("asOf")));
		this.browser.findElement(By.cssSelector("button[value=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/staff/reports$"));

		signIn("test-reviewer");
		this.browser.get(url("/staff/review/overdue"));
		assertThat(
				this.browser.findElements(By.cssSelector("table.overdue tr[data-indicator='" + this.elevators + "']")))
			.as("filed, if late: no longer overdue")
			.isEmpty();
		HeadlessChromium.screenshot(this.browser, "staff-overdue");
		this.browser.get(url("/staff/review"));
		this.browser.findElement(By.cssSelector(".review-item form.approve button")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));

		this.browser.get(url("/plans/2025/commitments/4"));
		assertThat(this.browser.findElements(By.cssSelector(".freshness.stale"))).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector(".freshness")).getText()).isEqualTo("最近更新于今天");
		HeadlessChromium.screenshot(this.browser, "public-commitment-fresh");
	}

}
