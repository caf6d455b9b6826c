package org.minsheng.tracker.voice;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.support.VoiceFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: a resident sends a suggestion, the supervision office
 * publishes it and links it to a commitment, and everyone sees it, with the commitment's
 * progress, and on the commitment's page.
 */
@Tag("browser")
class SuggestionJourneyBrowserTest extends PortalIntegrationTest {

	private static final String TEXT = "希望在和顺县多建几处社区老年食堂。";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private VoiceFixtures voice;

	@Autowired
	private JdbcTemplate jdbc;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void start() {
		this.staff.user("reviewer", Role.REVIEWER);
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(1100, 1400));
		this.wait = HeadlessChromium.waitFor(this.browser);
	}

	@AfterEach
	void closeAndClean() {
		this.browser.quit();
		this.voice.removeSubmittedSuggestions();
		this.staff.removeTestAccounts();
	}

	@Test
	void submitModerateAndSeeItPublic() throws IOException {
		this.browser.get(url("/plans/2025"));
		this.browser.findElement(By.cssSelector(".stories a[href$='/suggestions']")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/suggestions$"));
		new Select(this.browser.findElement(By.id("area"))).selectByValue("ELDERLY_CARE");
		new Select(this.browser.findElement(By.id("county"))).selectByValue("heshun");
		this.browser.findElement(By.id("text")).sendKeys(TEXT);
		this.browser.findElement(By.id("contact")).sendKeys("13812345678");
		assertThat(this.browser.findElement(By.id("website")).isDisplayed()).as("the honeypot is hidden").isFalse();
		HeadlessChromium.screenshot(this.browser, "suggestion-form");
		this.browser.findElement(By.cssSelector("form.suggestion-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "感谢您的建议"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain(TEXT);

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/staff/login"));
		this.browser.findElement(By.id("username")).sendKeys("test-reviewer");
		this.browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/staff$"));
		this.browser.findElement(By.linkText("建议审核")).click();
		Long id = this.voice.idOf(TEXT);
		String item = "[data-suggestion='" + id + "']";
		assertThat(this.browser.findElement(By.cssSelector(item + " .contact")).getText()).isEqualTo("138****5678");
		HeadlessChromium.screenshot(this.browser, "suggestion-moderation");
		this.browser.findElement(By.cssSelector("article" + item + " form.publish-form button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "建议已公开"));
		Long elderlyCare = this.jdbc.queryForObject("SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id "
				+ "WHERE p.plan_year = 2025 AND c.number = 16", Long.class);
		new Select(this.browser.findElement(By.id("commitment-" + id))).selectByValue(String.valueOf(elderlyCare));
		this.browser.findElement(By.cssSelector("tr" + item + " form.link-form button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "关联已保存"));

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/suggestions?area=ELDERLY_CARE&county=heshun"));
		assertThat(this.browser.findElement(By.cssSelector(".suggestion-list")).getText()).contains(TEXT)
			.doesNotContain("13812345678");
		this.browser.findElement(By.linkText(TEXT)).click();
		assertThat(this.browser.findElement(By.cssSelector(".became-commitment h2")).getText())
			.isEqualTo("已成为2025年民生实事第16件");
		this.browser.findElement(By.cssSelector("form.support-form button")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "感谢您的支持"));
		assertThat(this.browser.findElement(By.cssSelector(".facts .supporters")).getText()).isEqualTo("1");
		HeadlessChromium.screenshot(this.browser, "suggestion-public");
		this.browser.findElement(By.cssSelector(".became-commitment a")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/plans/2025/commitments/16$"));
		assertThat(this.browser.findElement(By.cssSelector(".suggestions-behind")).getText()).contains(TEXT);
	}

}
