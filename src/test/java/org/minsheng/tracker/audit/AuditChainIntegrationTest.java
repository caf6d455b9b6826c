package org.minsheng.tracker.audit;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.DatabaseOwner;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit event is linked to the one before by its hash, also when many are appended
 * at once; an administrator's check finds the first row changed, removed or slipped in by
 * someone who got past the database's refusals (here: the tables' owner), and is itself
 * recorded.
 */
class AuditChainIntegrationTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DatabaseOwner owner;

	@Autowired
	private AuditChainCheck chain;

	private StaffClient admin;

	@BeforeEach
	void anAdministrator() {
		this.staff.user("keeper", Role.ADMIN);
		this.admin = new StaffClient(this.port);
		this.admin.signIn("test-keeper", StaffFixtures.PASSWORD);
	}

	@AfterEach
	void removeAccounts() {
		this.staff.removeTestAccounts();
	}

	private Element check() {
		Document audit = this.admin.page("/staff/audit");
		HttpResponse<String> response = this.admin.submit(audit, "main form.chain-check", Map.of());
		assertThat(response.statusCode()).isEqualTo(302);
		return this.admin.page("/staff/audit").selectFirst(".chain-report p");
	}

	private long rows() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
	}

	private long failedSignIn(String username) {
		new StaffClient(this.port).signIn(username, "not the password");
		return this.jdbc.queryForObject("SELECT MAX(id) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'",
				Long.class, username);
	}

	@Test
	void aChangedRowIsTheFirstBrokenLinkUntilItIsPutBack() {
		long changed = failedSignIn("test-keeper");
		failedSignIn("test-keeper");
		long before = rows();
		Element intact = check();
		assertThat(intact.text()).isEqualTo("哈希链完整（共 " + String.format("%,d", before) + " 条记录）。");
		assertThat(this.jdbc.queryForObject(
				"SELECT after_state FROM audit_event WHERE actor = 'test-keeper' AND action = 'AUDIT_CHAIN_CHECKED'",
				String.class))
			.as("the check is recorded")
			.isEqualTo("intact rows=" + before);

		this.owner.withoutAppendOnly(
				(owner) -> owner.update("UPDATE audit_event SET remote_address = '203.0.113.9' WHERE id = ?", changed));
		try {
			Element broken = check();
			assertThat(broken.attr("role")).isEqualTo("alert");
			assertThat(broken.attr("data-broken-id")).isEqualTo(String.valueOf(changed));
			assertThat(broken.text()).contains("第一处断点是第 " + changed + " 号记录", "记录已被改动");
		}
		finally {
			this.owner.withoutAppendOnly((owner) -> owner
				.update("UPDATE audit_event SET remote_address = '127.0.0.1' WHERE id = ?", changed));
		}
		assertThat(check().text()).startsWith("哈希链完整");
	}

	@Test
	void aRemovedRowBreaksTheLinkOfTheNextOne() {
		long removed = failedSignIn("test-keeper");
		long next = failedSignIn("test-keeper");
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", removed);
		this.owner.withoutAppendOnly((owner) -> owner.update("DELETE FROM audit_event WHERE id = ?", removed));
		try {
			ChainReport report = this.chain.verify();
			assertThat(report.brokenId()).isEqualTo(next);
			assertThat(report.problem()).isEqualTo(ChainReport.Problem.POSITION);
		}
		finally {
			List<String> columns = new ArrayList<>(row.keySet());
			this.owner.withoutAppendOnly(
					(owner) -> owner.update(
							"INSERT INTO audit_event (" + String.join(", ", columns) + ") VALUES ("
									+ "?, ".repeat(columns.size() - 1) + "?)",
							columns.stream().map(row::get).toArray()));
		}
		assertThat(this.chain.verify().isIntact()).isTrue();
	}

	@Test
	void eventsAppendedAtOnceFormOneChain() throws Exception {
		long before = rows();
		int attempts = 16;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return new StaffClient(this.port).signIn("test-nobody", "wrong").statusCode();
				}));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(rows()).isEqualTo(before + attempts);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT chain_position) FROM audit_event", Long.class))
			.isEqualTo(rows());
		ChainReport report = this.chain.verify();
		assertThat(report.isIntact()).as("%s", report).isTrue();
		assertThat(report.rows()).isEqualTo(rows());
	}

	@Test
	void onlyAdministratorsCheckTheChain() {
		this.staff.user("clerk", Role.EDITOR);
		StaffClient clerk = new StaffClient(this.port);
		clerk.signIn("test-clerk", StaffFixtures.PASSWORD);
		Document audit = this.admin.page("/staff/audit");
		assertThat(clerk.submit(audit, "main form.chain-check", Map.of()).statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE actor = 'test-clerk' AND action = 'AUDIT_CHAIN_CHECKED'",
				Long.class))
			.isZero();
	}

}
