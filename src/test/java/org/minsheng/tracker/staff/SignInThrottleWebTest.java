package org.minsheng.tracker.staff;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling per account name and per client address, over real HTTP through the
 * real security chain: concurrent failures are all counted and audited, unknown and known
 * names get the same answers, the owner is never locked out for good, administrators see
 * and clear throttles, and the owner hears of failures at the next sign-in.
 */
class SignInThrottleWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeAccounts() {
		this.staff.removeTestAccounts();
	}

	/** As if this many seconds had passed since every failure counted. */
	private void timePasses(long seconds) {
		this.jdbc.update(
				"UPDATE sign_in_throttle SET last_failure_at = last_failure_at - INTERVAL '" + seconds + "' SECOND");
	}

	private long audits(String actor, String... actions) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action IN ("
						+ String.join(",", java.util.Collections.nCopies(actions.length, "?")) + ")",
				Long.class, concat(actor, actions));
	}

	private static Object[] concat(String first, String... rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	@Test
	void fortyConcurrentWrongPasswordsAreAllCountedAndAuditedAndNoneFails() throws Exception {
		this.staff.user("target", Role.ADMIN);
		int attempts = 40;
		List<StaffClient> clients = new ArrayList<>();
		List<Document> forms = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			StaffClient client = new StaffClient(this.port);
			clients.add(client);
			forms.add(client.page("/staff/login"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			StaffClient client = clients.get(i);
			Document form = forms.get(i);
			String password = "wrong password " + i;
			answers.add(pool.submit(() -> {
				start.await();
				return client.submit(form, "main form", Map.of("username", "test-target", "password", password));
			}));
		}
		start.countDown();
		int checked = 0;
		int refused = 0;
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(302);
			if (location(response).endsWith("/staff/login?error")) {
				checked++;
			}
			else {
				assertThat(location(response)).endsWith("/staff/login?locked");
				refused++;
			}
		}
		pool.shutdown();
		assertThat(checked + refused).isEqualTo(attempts);
		assertThat(checked).isGreaterThanOrEqualTo(5);
		// Every failure counted for the owner and audited; every checked one counted for
		// the throttle.
		assertThat(this.jdbc.queryForObject("SELECT failed_attempts FROM app_user WHERE username = 'test-target'",
				Integer.class))
			.isEqualTo(attempts);
		assertThat(audits("test-target", "SIGN_IN_FAILED", "SIGN_IN_LOCKED")).isEqualTo(attempts);
		assertThat(this.jdbc.queryForObject(
				"SELECT failures FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND throttle_key = 'test-target'",
				Integer.class))
			.isEqualTo(checked);

		// The right password last: refused without checking, the count not reset.
		StaffClient owner = new StaffClient(this.port);
		assertThat(location(owner.signIn("test-target", StaffFixtures.PASSWORD))).endsWith("/staff/login?locked");
		assertThat(owner.get("/staff").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT failed_attempts FROM app_user WHERE username = 'test-target'",
				Integer.class))
			.isEqualTo(attempts + 1);
	}

	@Test
	void unknownAndKnownNamesGetTheSameAnswersThrottledOrNot() {
		this.staff.user("known", Role.EDITOR);
		StaffClient known = new StaffClient(this.port);
		StaffClient unknown = new StaffClient(this.port);
		for (int attempt = 1; attempt <= 7; attempt++) {
			HttpResponse<String> forKnown = known.signIn("test-known", "wrong " + attempt);
			HttpResponse<String> forUnknown = unknown.signIn("test-nosuchperson", "wrong " + attempt);
			assertThat(forUnknown.statusCode()).as("attempt %d", attempt).isEqualTo(forKnown.statusCode());
			assertThat(location(forUnknown)).as("attempt %d", attempt).isEqualTo(location(forKnown));
			assertThat(location(forKnown)).endsWith((attempt <= 5) ? "?error" : "?locked");
		}
		Document page = known.page("/staff/login?locked");
		assertThat(page.selectFirst("[role=alert]").text()).isEqualTo("登录失败次数过多，请稍等几分钟后再试。");
	}

	@Test
	void oneAddressTryingManyNamesMustWaitEvenForAnAccountOfItsOwn() {
		this.staff.user("bystander", Role.EDITOR);
		StaffClient attacker = new StaffClient(this.port);
		for (int name = 1; name <= 20; name++) {
			assertThat(location(attacker.signIn("test-guess" + name, "password" + name))).endsWith("?error");
		}
		// The 21st attempt from this address is refused without checking the password.
		assertThat(location(attacker.signIn("test-bystander", StaffFixtures.PASSWORD))).endsWith("?locked");
		assertThat(
				this.jdbc.queryForObject("SELECT failures FROM sign_in_throttle WHERE kind = 'ADDRESS'", Integer.class))
			.isEqualTo(20);
		// After the delay it works.
		timePasses(31);
		assertThat(location(attacker.signIn("test-bystander", StaffFixtures.PASSWORD))).endsWith("/staff");
	}

	@Test
	void theDelayDoublesWithEachFailureUpToFifteenMinutes() {
		this.staff.user("doubling", Role.EDITOR);
		StaffClient client = new StaffClient(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			client.signIn("test-doubling", "wrong " + attempt);
		}
		// Each further failure once the wait is over doubles the next one: 30 s, 60 s,
		// 120 s ...
		long[] waits = { 30, 60, 120, 240, 480, 900, 900 };
		for (long wait : waits) {
			timePasses(wait - 2);
			assertThat(location(client.signIn("test-doubling", StaffFixtures.PASSWORD))).as("after %d s", wait - 2)
				.endsWith("?locked");
			timePasses(3);
			assertThat(location(client.signIn("test-doubling", "still wrong"))).as("after %d s", wait + 1)
				.endsWith("?error");
		}
	}

	@Test
	void administratorsSeeThrottlesAndClearOneAudited() {
		this.staff.user("admin", Role.ADMIN);
		this.staff.user("victim", Role.EDITOR);
		StaffClient attacker = new StaffClient(this.port);
		for (int attempt = 1; attempt <= 6; attempt++) {
			attacker.signIn("test-victim", "guess " + attempt);
		}
		StaffClient admin = new StaffClient(this.port);
		admin.signIn("test-admin", StaffFixtures.PASSWORD);
		Document page = admin.page("/staff/admin/throttles");
		var row = page.selectFirst("tr[data-kind=ACCOUNT][data-key=test-victim]");
		assertThat(row).isNotNull();
		assertThat(row.selectFirst(".failures").text()).isEqualTo("5");
		assertThat(row.selectFirst(".wait").text()).isNotEqualTo("无需等待");
		assertThat(page.selectFirst("tr[data-kind=ADDRESS]")).isNotNull();

		HttpResponse<String> cleared = admin.submit(page,
				"tr[data-kind=ACCOUNT][data-key=test-victim] form.clear-throttle", Map.of());
		assertThat(location(cleared)).endsWith("/staff/admin/throttles");
		Document after = admin.page("/staff/admin/throttles");
		assertThat(after.selectFirst("[role=status]").text()).isEqualTo("已清除该登录限制。");
		assertThat(after.selectFirst("tr[data-kind=ACCOUNT][data-key=test-victim]")).isNull();
		Map<String, Object> audit = this.jdbc.queryForMap(
				"SELECT actor, before_state FROM audit_event WHERE action = 'THROTTLE_CLEARED' ORDER BY id DESC LIMIT 1");
		assertThat(audit.get("actor")).isEqualTo("test-admin");
		assertThat(audit.get("before_state")).isEqualTo("ACCOUNT test-victim failures=5");

		StaffClient victim = new StaffClient(this.port);
		assertThat(location(victim.signIn("test-victim", StaffFixtures.PASSWORD))).endsWith("/staff");
	}

	@Test
	void theOwnerIsToldOfFailedSignInsAtTheNextSignIn() {
		this.staff.user("owner", Role.REVIEWER);
		StaffClient first = new StaffClient(this.port);
		first.signIn("test-owner", StaffFixtures.PASSWORD);
		assertThat(first.page("/staff").selectFirst(".failed-sign-ins")).isNull();

		StaffClient someone = new StaffClient(this.port);
		for (int attempt = 1; attempt <= 3; attempt++) {
			someone.signIn("test-owner", "guess " + attempt);
		}
		StaffClient next = new StaffClient(this.port);
		next.signIn("test-owner", StaffFixtures.PASSWORD);
		assertThat(next.page("/staff").selectFirst(".failed-sign-ins").text()).startsWith("自您上次登录以来，您的账户有 3 次登录失败。");

		StaffClient later = new StaffClient(this.port);
		later.signIn("test-owner", StaffFixtures.PASSWORD);
		assertThat(later.page("/staff").selectFirst(".failed-sign-ins")).isNull();
	}

}
