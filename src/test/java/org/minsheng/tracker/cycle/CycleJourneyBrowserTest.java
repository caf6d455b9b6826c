package org.minsheng.tracker.cycle;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.CycleFixtures;
import org.minsheng.tracker.support.HeadlessChromium;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.support.VoiceFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium, from a resident's suggestion to a chosen commitment: the
 * suggestion is published, becomes a candidate with two departments' proposals, all go on
 * the ballot, the delegates' counts are typed in, the chosen ones become the draft plan,
 * its notice ends, and the commitment's page tells the chain.
 */
@Tag("browser")
class CycleJourneyBrowserTest extends PortalIntegrationTest {

	private static final int YEAR = 2094;

	private static final String TEXT = "希望在榆次区多建几所普惠幼儿园。";

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private VoiceFixtures voice;

	@Autowired
	private CycleFixtures cycles;

	@Autowired
	private JdbcTemplate jdbc;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void start() {
		this.staff.user("cycleoffice", Role.ADMIN, Role.REVIEWER);
		this.browser = HeadlessChromium.start();
		this.browser.manage().window().setSize(new Dimension(1100, 1400));
		this.wait = HeadlessChromium.waitFor(this.browser);
	}

	@AfterEach
	void closeAndClean() {
		this.browser.quit();
		this.cycles.removeCycles();
		this.voice.removeSubmittedSuggestions();
		this.staff.removeTestAccounts();
	}

	private void click(String css) {
		WebElement element = this.browser.findElement(By.cssSelector(css));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private void notice(String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), text));
	}

	private void propose(String title, String suggestions, String indicator) {
		this.browser.get(url("/staff/admin/cycle/" + YEAR));
		this.browser.findElement(By.id("title")).sendKeys(title);
		this.browser.findElement(By.id("description")).sendKeys(title + "。");
		new Select(this.browser.findElement(By.id("area"))).selectByValue("EDUCATION");
		this.browser.findElement(By.id("suggestions")).sendKeys(suggestions);
		this.browser.findElement(By.id("indicators")).sendKeys(indicator);
		click("form.candidate-form button[type=submit]");
		notice("已新增候选项目");
	}

	private Long candidate(String title) {
		return this.jdbc.queryForObject("SELECT id FROM candidate_project WHERE title_zh = ?", Long.class, title);
	}

	@Test
	void fromASuggestionToAChosenCommitment() throws IOException {
		this.browser.get(url("/suggestions"));
		new Select(this.browser.findElement(By.id("area"))).selectByValue("EDUCATION");
		this.browser.findElement(By.id("text")).sendKeys(TEXT);
		click("form.suggestion-form button[type=submit]");
		notice("感谢您的建议");

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/staff/login"));
		this.browser.findElement(By.id("username")).sendKeys("test-cycleoffice");
		this.browser.findElement(By.id("password")).sendKeys(StaffFixtures.PASSWORD);
		click("main form button[type=submit]");
		this.wait.until(ExpectedConditions.urlMatches(".*/staff$"));
		Long suggestion = this.voice.idOf(TEXT);
		this.browser.get(url("/staff/moderation"));
		click("article[data-suggestion='" + suggestion + "'] form.publish-form button");
		notice("建议已公开");

		propose("测试普惠幼儿园", String.valueOf(suggestion), "新建幼儿园；所；8");
		propose("测试校园午餐", "", "供餐学校；所；40");
		propose("测试课后服务", "", "开展课后服务的学校；%；95");
		for (String title : List.of("测试普惠幼儿园", "测试校园午餐", "测试课后服务")) {
			String item = "[data-candidate='" + candidate(title) + "']";
			this.browser.findElement(By.cssSelector(item + " input[name=need]")).sendKeys("群众呼声高");
			click(item + " form.screen-form button[value=in]");
			notice("已记录筛选结果");
			click(item + " form.ballot-form button");
			notice("已提交票决");
		}

		this.browser.findElement(By.id("vote-name")).sendKeys("测试人民代表大会");
		((JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('heldOn').value = '" + YEAR + "-01-10';");
		this.browser.findElement(By.id("seated")).sendKeys("300");
		this.browser.findElement(By.id("present")).sendKeys("150");
		this.browser.findElement(By.id("places")).sendKeys("2");
		int[][] counts = { { 270, 20, 10 }, { 240, 40, 20 }, { 120, 150, 30 } };
		List<String> titles = List.of("测试普惠幼儿园", "测试校园午餐", "测试课后服务");
		for (int i = 0; i < 3; i++) {
			String row = "tr[data-candidate='" + candidate(titles.get(i)) + "']";
			this.browser.findElement(By.cssSelector(row + " .votes-for")).sendKeys(String.valueOf(counts[i][0]));
			this.browser.findElement(By.cssSelector(row + " .votes-against")).sendKeys(String.valueOf(counts[i][1]));
			this.browser.findElement(By.cssSelector(row + " .abstentions")).sendKeys(String.valueOf(counts[i][2]));
		}
		click("form.vote-form button[type=submit]");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vote-errors")));
		assertThat(this.browser.findElement(By.cssSelector(".vote-errors")).getText()).contains("三分之二");
		assertThat(this.browser.findElement(By.id("vote-name")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("测试人民代表大会");
		HeadlessChromium.screenshot(this.browser, "cycle-vote-refused");
		this.browser.findElement(By.id("present")).clear();
		this.browser.findElement(By.id("present")).sendKeys("300");
		click("form.vote-form button[type=submit]");
		notice("已记录票决");
		click("form.adopt-form button");
		notice("当选项目已成为计划草案的民生实事");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		((JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('notice-opensOn').value = '" + today.minusDays(9) + "';");
		this.browser.findElement(By.id("contactName")).sendKeys("督查室");
		this.browser.findElement(By.id("contactLine")).sendKeys("0354-1234567");
		click("form.notice-form button");
		notice("计划草案已开始公示");
		click("form.finalise-form button");
		notice("计划已生效");

		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/cycle/" + YEAR + "/ballot"));
		assertThat(this.browser.findElement(By.cssSelector("table.ballot")).getText()).contains("测试普惠幼儿园")
			.contains("270");
		HeadlessChromium.screenshot(this.browser, "cycle-ballot");
		this.browser.get(url("/plans/" + YEAR + "/commitments/1"));
		assertThat(this.browser.findElement(By.cssSelector(".chain-summary")).getText()).contains("1位群众提出")
			.contains("270/300位代表投赞成票当选");
		((JavascriptExecutor) this.browser)
			.executeScript("document.querySelector('.cycle-timeline').scrollIntoView({block: 'start'});");
		HeadlessChromium.screenshot(this.browser, "cycle-timeline");
		click(".cycle-timeline .step-candidate a");
		this.wait.until(ExpectedConditions.urlMatches(".*/candidates/\\d+$"));
		assertThat(this.browser.findElement(By.cssSelector("main")).getText()).contains(TEXT);
	}

}
