package org.minsheng.tracker.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the portal says no: a method a page does not know is 405 with {@code Allow} (not a
 * CSRF 403), a refused staff request is a 403 page that says so in the visitor's language
 * with the staff navigation and leaves an audit row, and the API answers in its own
 * problem format (406 for a format it does not speak, 400 for a control character).
 */
class RefusalsWebTest extends PortalIntegrationTest {

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeAccounts() {
		this.staff.removeTestAccounts();
	}

	private HttpResponse<String> call(String method, String path, String accept, String... cookies) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept);
		if (cookies.length > 0) {
			request.header("Cookie", String.join("; ", cookies));
		}
		return send(request);
	}

	@Test
	void putDeleteAndPatchOnPagesAre405WithAllowForVisitorsAndStaff() {
		for (String method : new String[] { "PUT", "DELETE", "PATCH" }) {
			HttpResponse<String> page = call(method, "/plans/2025", "text/html");
			assertThat(page.statusCode()).as(method).isEqualTo(405);
			assertThat(page.headers().firstValue("Allow")).hasValue("GET, HEAD");
			assertThat(Jsoup.parse(page.body()).select(".error-message").text()).contains("不支持这种请求方式");
		}
		assertThat(call("DELETE", "/suggestions", "text/html").headers().firstValue("Allow"))
			.hasValue("GET, HEAD, POST");
		this.staff.user("editor", Role.EDITOR);
		StaffClient editor = new StaffClient(this.port);
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		HttpResponse<String> staffPut = editor.sendAsIs(HttpRequest.newBuilder(URI.create(url("/staff/reports")))
			.header("Accept", "text/html")
			.PUT(HttpRequest.BodyPublishers.noBody()));
		assertThat(staffPut.statusCode()).isEqualTo(405);
		assertThat(staffPut.headers().firstValue("Allow")).hasValue("GET, HEAD");
	}

	@Test
	void aPostWithoutItsTokenStaysA403ThatSaysWhy() {
		StaffClient visitor = new StaffClient(this.port);
		HttpResponse<String> refused = visitor.post("/suggestions", Map.of("area", "SPORTS", "text", "没有令牌"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(refused.body()).select(".error-message").text()).contains("表单已过期");
	}

	@Test
	void aRefusedStaffRequestIsAProper403PageWithNavigationAndIsAudited() {
		this.staff.user("editor", Role.EDITOR);
		StaffClient editor = new StaffClient(this.port);
		editor.signIn("test-editor", StaffFixtures.PASSWORD);
		long before = refusals();
		HttpResponse<String> refused = editor.get("/staff/admin/users");
		assertThat(refused.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("h1").text()).isEqualTo("没有权限");
		assertThat(page.select(".error-message").text()).contains("您没有权限").doesNotContain("稍后再试");
		assertThat(page.select("nav.staff-nav a[href=/staff/reports]")).hasSize(1);
		assertThat(page.select("nav.staff-nav a[href=/staff/admin/users]")).isEmpty();
		assertThat(refusals()).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject(
				"SELECT detail FROM audit_event WHERE action = 'REQUEST_REFUSED' ORDER BY id DESC LIMIT 1",
				String.class))
			.isEqualTo("GET /staff/admin/users (role)");

		HttpResponse<String> english = editor.get("/staff/admin/users?lang=en");
		assertThat(Jsoup.parse(english.body()).select(".error-message").text()).contains("do not have permission");
	}

	private long refusals() {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'REQUEST_REFUSED' AND actor = 'test-editor'",
				Long.class);
	}

	@Test
	void theApiRefusesXmlWith406AndAControlCharacterWithItsOwnProblem() {
		HttpResponse<String> xml = call("GET", "/api/v1/plans/2025", "application/xml");
		assertThat(xml.statusCode()).isEqualTo(406);
		assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(xml.body()).contains("JSON");
		HttpResponse<String> nul = call("GET", "/api/v1/plans/2025?asOf=%00", "application/json");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(nul.body()).contains("\"status\":400").contains("控制字符").doesNotContain("timestamp");
	}

}
