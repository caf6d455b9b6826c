package org.minsheng.tracker.api;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive API page renders every operation in a real browser under the portal's
 * Content-Security-Policy.
 */
@Tag("browser")
class ApiDocsBrowserTest extends PortalIntegrationTest {

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = HeadlessChromium.start();
	}

	@AfterEach
	void stopBrowser() {
		this.browser.quit();
	}

	@Test
	void theApiPageShowsEveryOperation() throws Exception {
		this.browser.get(url("/api/docs"));
		HeadlessChromium.waitFor(this.browser)
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock-get"), 3));
		HeadlessChromium.screenshot(this.browser, "api-docs");
		assertThat(this.browser.findElements(By.cssSelector(".opblock-summary-path")))
			.extracting((element) -> element.getAttribute("data-path"))
			.contains("/api/v1/plans", "/api/v1/plans/{year}", "/api/v1/plans/{year}/commitments/{number}",
					"/api/v1/reports/recent");
		List<LogEntry> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getMessage().contains("Content Security Policy"))
			.toList();
		assertThat(errors).extracting(LogEntry::getMessage).isEmpty();
	}

}
