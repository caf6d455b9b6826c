package org.minsheng.tracker.display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-page screenshots at phone width (390 px) of the dashboard, a commitment and the
 * search page, in the standard and the seniors' mode, kept in docs/screenshots/. In the
 * seniors' mode the base type is at least 18 px with line spacing of at least 1.5, links
 * and buttons are at least 44 px tall, and nothing is wider than the phone.
 */
@Tag("browser")
class ModeScreenshotsBrowserTest extends PortalIntegrationTest {

	private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

	private ChromeDriver browser;

	@BeforeEach
	void open() {
		this.browser = HeadlessChromium.start();
	}

	@AfterEach
	void close() {
		this.browser.quit();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) this.browser).executeScript(script);
	}

	private void shoot(String path, String name) throws IOException {
		this.browser.manage().window().setSize(new Dimension(390, 900));
		this.browser.get(url(path));
		long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("nothing wider than the phone on " + path).isLessThanOrEqualTo(390);
		long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
		this.browser.manage().window().setSize(new Dimension(390, (int) Math.min(height, 12000)));
		Files.createDirectories(SCREENSHOTS);
		Path shot = this.browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void bothModesAtPhoneWidth() throws IOException {
		this.browser.get(url("/plans/2025?lang=zh"));
		shoot("/plans/2025", "dashboard-phone-standard");
		shoot("/plans/2025/commitments/4", "commitment-phone-standard");
		shoot("/plans/2025/commitments/4?lang=en", "commitment-phone-standard-en");
		this.browser.get(url("/plans/2025?lang=zh"));
		this.browser.manage().addCookie(new Cookie(SeniorMode.COOKIE, "on"));
		shoot("/plans/2025", "dashboard-phone-senior");
		assertThat(js("return parseFloat(getComputedStyle(document.body).fontSize)"))
			.isInstanceOfSatisfying(Number.class, (size) -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(18));
		assertThat(js("return parseFloat(getComputedStyle(document.body).lineHeight) / "
				+ "parseFloat(getComputedStyle(document.body).fontSize)"))
			.isInstanceOfSatisfying(Number.class,
					(ratio) -> assertThat(ratio.doubleValue()).isGreaterThanOrEqualTo(1.5));
		for (WebElement target : this.browser
			.findElements(By.cssSelector(".site-header a, .site-header button, .site-header input, main button"))) {
			assertThat(target.getRect().getHeight()).as("touch target " + target.getText()).isGreaterThanOrEqualTo(44);
		}
		shoot("/plans/2025/commitments/4", "commitment-phone-senior");
		shoot("/plans/2025/commitments/4?lang=en", "commitment-phone-senior-en");
		shoot("/search?q=食堂&lang=zh", "search-phone-senior");
	}

}
