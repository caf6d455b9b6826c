package org.minsheng.tracker.display;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.support.VoiceFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the keyboard only (TAB, arrows, ENTER and typing; no click): a resident sends a
 * suggestion, and an editor signs in and files a report. Every control on the way can be
 * reached in order and shows where the focus is.
 */
@Tag("browser")
class KeyboardJourneyBrowserTest extends PortalIntegrationTest {

	private static final String TEXT = "希望老旧小区加装电梯的补贴再提高一些。";

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
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(390, 900));
		this.wait = HeadlessChromium.waitFor(this.browser);
	}

	@AfterEach
	void close() {
		this.browser.quit();
		this.voice.removeSubmittedSuggestions();
		this.staff.removeTestAccounts();
	}

	private WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	/** Presses TAB until the element has the focus (at most 120 times). */
	private void tabTo(By target) {
		WebElement wanted = this.browser.findElement(target);
		for (int i = 0; i < 120; i++) {
			if (focused().equals(wanted)) {
				String outline = focused().getCssValue("outline-style");
				assertThat(outline).as("focus is visible on " + target).isNotEqualTo("none");
				return;
			}
			focused().sendKeys(Keys.TAB);
		}
		throw new AssertionError("TAB never reached " + target);
	}

	/** Moves a focused select with the arrow keys to the option with the value. */
	private void choose(By select, String value) {
		tabTo(select);
		WebElement element = this.browser.findElement(select);
		for (int i = 0; i < 40 && !value.equals(element.getAttribute("value")); i++) {
			focused().sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(element.getAttribute("value")).isEqualTo(value);
	}

	@Test
	void aResidentSendsASuggestionWithTheKeyboardOnly() {
		this.browser.get(url("/plans/2025"));
		tabTo(By.cssSelector(".stories a[href$='/suggestions']"));
		focused().sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.urlMatches(".*/suggestions$"));
		choose(By.id("area"), "HOUSING");
		choose(By.id("county"), "yuci");
		tabTo(By.id("text"));
		focused().sendKeys(TEXT);
		tabTo(By.id("contact"));
		focused().sendKeys("13812345678");
		tabTo(By.cssSelector("form.suggestion-form button[type=submit]"));
		focused().sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "感谢您的建议"));
		assertThat(this.voice.count("body = ?", TEXT)).isEqualTo(1);
	}

	@Test
	void anEditorFilesAReportWithTheKeyboardOnly() {
		Department department = this.staff.department("keys", "键盘测试部门");
		this.staff.user("keys", department, Role.EDITOR);
		Long indicator = this.staff.lead(2025, 4, department);
		this.browser.get(url("/staff/login"));
		tabTo(By.id("username"));
		focused().sendKeys("test-keys");
		tabTo(By.id("password"));
		focused().sendKeys(StaffFixtures.PASSWORD);
		focused().sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.urlMatches(".*/staff$"));
		tabTo(By.cssSelector(".staff-nav a[href$='/staff/reports']"));
		focused().sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.urlMatches(".*/staff/reports$"));
		tabTo(By.cssSelector("a[href$='/staff/reports/new?indicator=" + indicator + "']"));
		focused().sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("value")));
		tabTo(By.id("value"));
		focused().sendKeys("50");
		tabTo(By.id("asOf"));
		// keys go to the focused date field segment by segment (in the browser's order of
		// year, month and day), without re-focusing it; two-digit segments move on by
		// themselves, the year needs an arrow
		String order = (String) this.browser.executeScript("return new Intl.DateTimeFormat(navigator.language)"
				+ ".formatToParts(new Date(2025, 11, 31)).filter(p => p.type !== 'literal').map(p => p.type).join(',')");
		Actions keys = new Actions(this.browser);
		for (String part : order.split(",")) {
			switch (part) {
				case "year" -> keys.sendKeys("2025").sendKeys(Keys.ARROW_RIGHT);
				case "month" -> keys.sendKeys("12");
				default -> keys.sendKeys("31");
			}
		}
		keys.perform();
		assertThat(this.browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("2025-12-31");
		tabTo(By.id("note"));
		focused().sendKeys("键盘填报");
		tabTo(By.cssSelector("button[value=submit]"));
		focused().sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.urlMatches(".*/staff/reports$"));
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).isNotBlank();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM progress_report WHERE indicator_id = ? AND note_zh = ? AND review_state = 'SUBMITTED'",
				Integer.class, indicator, "键盘填报"))
			.isEqualTo(1);
	}

}
