package org.minsheng.tracker.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by its chromedriver, headless, with the flags this machine
 * needs.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	public static ChromeDriver start() {
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=zh-CN");
		return new ChromeDriver(service, options);
	}

	public static WebDriverWait waitFor(ChromeDriver browser) {
		// A page replaced by the next one while a condition reads an element of it makes
		// Chrome answer "Node with given id does not belong to the document" (a plain
		// WebDriverException, not a stale element): the condition is asked again; one
		// never
		// met still fails at the time-out, with the last error as its cause.
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.ignoring(WebDriverException.class);
		return wait;
	}

	/** Saves what the browser shows under target/screenshots/NAME.png. */
	public static void screenshot(ChromeDriver browser, String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
