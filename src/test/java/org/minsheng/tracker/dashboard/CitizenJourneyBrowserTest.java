package org.minsheng.tracker.dashboard;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's journey in a real headless Chromium (Debian's chromium and
 * chromium-driver): the dashboard on a phone, switch to English, open a commitment.
 * Screenshots go to target/screenshots/.
 */
@Tag("browser")
class CitizenJourneyBrowserTest extends PortalIntegrationTest {

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = HeadlessChromium.start();
		this.wait = HeadlessChromium.waitFor(this.browser);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	private void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(this.browser, name);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	@Test
	void dashboardThenEnglishThenACommitmentOnAPhone() throws IOException {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		this.browser.get(url("/"));
		this.wait.until(ExpectedConditions.urlContains("/plans/2025"));
		assertThat(text("h1")).isEqualTo("2025年晋中市16件民生实事");
		assertThat(text("#stat-commitments dd")).isEqualTo("16");
		assertThat(text("#stat-over dd")).isEqualTo("1");
		screenshot("dashboard-zh-phone");

		this.browser.findElement(By.linkText("English")).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(text("h1")).isEqualTo("Jinzhong's 16 livelihood commitments for 2025");
		assertThat(text("#stat-delivered dt")).isEqualTo("Completed");

		this.browser.findElement(By.linkText("AEDs in public places and first-aid training")).click();
		this.wait.until(ExpectedConditions.urlContains("/plans/2025/commitments/3"));
		assertThat(text("h1")).isEqualTo("AEDs in public places and first-aid training");
		assertThat(this.browser.findElements(By.cssSelector("table.indicators td.actual")))
			.extracting(org.openqa.selenium.WebElement::getText)
			.containsExactly("102 units", "71 places", "102 sessions", "6,999 people");
		screenshot("commitment-en-phone");

		this.browser.navigate().to(url("/plans/2025/commitments/13"));
		assertThat(text("html")).contains("Over-achieved");
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		screenshot("commitment-13-en-desktop");
	}

	@Test
	void filtersWorkWithoutJavaScript() throws IOException {
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
		this.browser.get(url("/plans/2025?lang=zh"));
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("filter-area")))
			.selectByValue("ELDERLY_CARE");
		this.browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("area=ELDERLY_CARE"));
		assertThat(this.browser.findElements(By.cssSelector(".commitment-card"))).hasSize(1);
		assertThat(text(".commitment-card h3")).isEqualTo("养老服务设施建设");
		this.browser.get(url("/plans/2025"));
		screenshot("dashboard-zh-desktop");
	}

}
