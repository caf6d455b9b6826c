package org.minsheng.tracker.display;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (from its webjar) finds no violation on any public page or staff page, in both
 * languages and both display modes, at phone width, in a real headless Chromium.
 */
@Tag("browser")
class AccessibilityBrowserTest extends PortalIntegrationTest {

	private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then((result) => done(result.violations.map((v) =>
			  v.id + ' (' + v.impact + '): ' + v.help + ' -> ' + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | '))))
			  .catch((e) => done(['axe failed: ' + e]));
			""";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	private ChromeDriver browser;

	private String axe;

	@BeforeEach
	void start() throws IOException {
		try (InputStream in = getClass().getResourceAsStream(AXE)) {
			assertThat(in).as("axe-core webjar on the test classpath").isNotNull();
			this.axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(390, 900));
		this.browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
	}

	@AfterEach
	void close() {
		this.browser.quit();
		this.staff.removeTestAccounts();
	}

	private List<String> publicPages() {
		Long suggestion = this.jdbc.queryForObject("SELECT MIN(id) FROM suggestion WHERE state = 'PUBLISHED'",
				Long.class);
		Long story = this.jdbc.queryForObject("SELECT MIN(id) FROM story", Long.class);
		String source = this.jdbc.queryForObject("SELECT MIN(code) FROM source_document", String.class);
		return List.of("/plans/2025", "/plans/2025/commitments/1", "/plans/2025/commitments/3",
				"/plans/2025/commitments/4", "/plans/2025/commitments/16", "/plans/2025?area=HEALTH", "/counties/yuci",
				"/counties/lingshi", "/sources/" + source, "/suggestions", "/suggestions/" + suggestion, "/stories",
				"/stories/" + story, "/plans/2025/review", "/compare?years=2025", "/search?q=电梯",
				"/search?q=食堂&year=2025", "/search?q=无此内容xyz", "/no-such-page", "/staff/login");
	}

	private static final List<String> STAFF_PAGES = List.of("/staff", "/staff/reports", "/staff/reports/new?indicator=",
			"/staff/import", "/staff/review", "/staff/moderation", "/staff/admin/commitments", "/staff/admin/plans",
			"/staff/admin/plans/2025", "/staff/admin/users", "/staff/admin/users/new", "/staff/audit");

	@Test
	void noViolationOnAnyPageInEitherLanguageOrMode() {
		Department department = this.staff.department("a11y", "无障碍测试部门");
		this.staff.user("a11y", department, Role.EDITOR, Role.REVIEWER, Role.ADMIN);
		Long indicator = this.staff.lead(2025, 4, department);
		List<String> violations = new ArrayList<>();
		for (boolean senior : new boolean[] { false, true }) {
			for (String lang : List.of("zh", "en")) {
				this.browser.manage().deleteAllCookies();
				this.browser.get(url("/plans/2025?lang=" + lang));
				this.browser.manage().addCookie(new Cookie(SeniorMode.COOKIE, senior ? "on" : "off"));
				for (String path : publicPages()) {
					check(path, senior, lang, violations);
				}
				signIn();
				for (String path : STAFF_PAGES) {
					check(path.endsWith("=") ? path + indicator : path, senior, lang, violations);
				}
			}
		}
		assertThat(violations).as("axe-core violations").isEmpty();
	}

	private void signIn() {
		this.browser.get(url("/staff/login"));
		this.browser.findElement(By.id("username")).sendKeys("test-a11y");
		this.browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		HeadlessChromium.waitFor(this.browser).until(ExpectedConditions.urlMatches(".*/staff$"));
	}

	@SuppressWarnings("unchecked")
	private void check(String path, boolean senior, String lang, List<String> violations) {
		this.browser.get(url(path));
		String htmlClass = this.browser.findElement(By.tagName("html")).getAttribute("class");
		assertThat(htmlClass != null && htmlClass.contains("senior")).as("mode on " + path).isEqualTo(senior);
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang"))
			.isEqualTo("en".equals(lang) ? "en" : "zh-CN");
		this.browser.executeScript(this.axe);
		List<Object> found = (List<Object>) this.browser.executeAsyncScript(RUN);
		for (Object violation : found) {
			violations.add((senior ? "senior" : "standard") + " " + lang + " " + path + ": " + violation);
		}
	}

}
