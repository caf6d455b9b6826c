package org.minsheng.tracker.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-page screenshots of the dashboard and a commitment page at phone (390 px) and
 * desktop (1280 px) widths in headless Chromium, kept in docs/screenshots/; the charts
 * are visible and fit the page.
 */
@Tag("browser")
class ChartScreenshotsBrowserTest extends PortalIntegrationTest {

	private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

	private ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--lang=zh-CN");
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	private void fullPage(String path, int width, String name) throws IOException {
		this.browser.manage().window().setSize(new Dimension(width, 900));
		this.browser.get(url(path));
		long height = ((Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollHeight")).longValue();
		this.browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
		for (WebElement chart : this.browser.findElements(By.cssSelector("svg.chart"))) {
			assertThat(chart.isDisplayed()).isTrue();
			assertThat(chart.getRect().getWidth()).as("chart fits the page").isPositive().isLessThanOrEqualTo(width);
		}
		Files.createDirectories(SCREENSHOTS);
		Path shot = this.browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void dashboardAndCommitmentAtPhoneAndDesktopWidths() throws IOException {
		fullPage("/plans/2025?lang=zh", 390, "dashboard-phone");
		assertThat(this.browser.findElements(By.cssSelector("#plan-map a.map-region"))).hasSize(11);
		fullPage("/plans/2025?lang=zh", 1280, "dashboard-desktop");
		fullPage("/plans/2025/commitments/4?lang=zh", 390, "commitment-phone");
		fullPage("/plans/2025/commitments/3?lang=zh", 1280, "commitment-desktop");
		assertThat(this.browser.findElements(By.cssSelector("svg.chart-steps"))).hasSize(4);
	}

}
