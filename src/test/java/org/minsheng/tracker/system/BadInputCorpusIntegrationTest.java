package org.minsheng.tracker.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.minsheng.tracker.plan.Department;
import org.minsheng.tracker.staff.Role;
import org.minsheng.tracker.support.PortalIntegrationTest;
import org.minsheng.tracker.support.StaffClient;
import org.minsheng.tracker.support.ReportFixtures;
import org.minsheng.tracker.support.StaffFixtures;
import org.minsheng.tracker.plan.Area;
import org.minsheng.tracker.voice.Submission;
import org.minsheng.tracker.voice.SuggestionIntake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/corpus.tsv}): several hundred
 * hostile requests over every form field, upload, path variable, query parameter and
 * header, each sent to the whole application over real HTTP (CSRF tokens taken from the
 * pages, as a browser does). None may answer 5xx; every refusal says why in the language
 * asked for (Chinese unless English was asked); no refused request changes the database
 * (a digest of every application table, except the audit trail, sessions, rate-limit
 * buckets and the search index, is the same before and after).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIntegrationTest extends PortalIntegrationTest {

	private static final String CORPUS = "/bad-input/corpus.tsv";

	/**
	 * Tables that may change whatever the request: they record it (a refused staff
	 * request is audited, which moves the audit chain's head), count sign-in failures, or
	 * cache.
	 */
	private static final List<String> NOT_COMPARED = List.of("audit_event", "audit_chain", "sign_in_throttle",
			"spring_session", "spring_session_attributes", "rate_limit_bucket", "event_publication",
			"flyway_schema_history", "search_doc", "search_token", "search_state");

	private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

	private static final Pattern REPEAT = Pattern.compile("\\{repeat:(\\d+):([^}]*)}");

	private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\n|\\\\t");

	private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Autowired
	private StaffFixtures staff;

	@Autowired
	private ReportFixtures reports;

	@Autowired
	private SuggestionIntake intake;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<String, StaffClient> clients = new LinkedHashMap<>();

	private final Map<String, String> tokens = new LinkedHashMap<>();

	private final Map<String, String> ids = new LinkedHashMap<>();

	private List<String> tables;

	/** The digest after the last case that passed: the next case's "before". */
	private String lastDigest;

	@BeforeAll
	void signIn() {
		this.staff.removeTestAccounts();
		Map<String, Object> commitment = this.jdbc.queryForMap("SELECT c.number AS number FROM indicator i "
				+ "JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id "
				+ "WHERE p.plan_year = 2025 AND i.position = 1 AND i.kind = 'COUNT' ORDER BY c.number LIMIT 1");
		Department department = this.staff.department("corpus", "语料测试部门");
		this.ids.put("{indicator}",
				String.valueOf(this.staff.lead(2025, ((Number) commitment.get("number")).intValue(), department)));
		this.ids.put("{suggestion}", String
			.valueOf(this.jdbc.queryForObject("SELECT MIN(id) FROM suggestion WHERE state = 'PUBLISHED'", Long.class)));
		this.staff.user("corpus-editor", department, Role.EDITOR);
		this.staff.user("corpus-reviewer", Role.REVIEWER);
		this.staff.user("editor", department, Role.EDITOR);
		this.staff.user("reviewer", Role.REVIEWER);
		this.ids.put("{report}", String.valueOf(pendingDrop(Long.valueOf(this.ids.get("{indicator}")))));
		this.ids.put("{pending}",
				String.valueOf(this.intake
					.submit(new Submission(Area.EDUCATION, null, "语料测试：待审核的建议。" + UUID.randomUUID(), null), "192.0.2.7")
					.suggestionId()));
		this.staff.user("corpus-admin", Role.ADMIN);
		StaffClient anonymous = new StaffClient(this.port);
		this.clients.put("anonymous", anonymous);
		this.tokens.put("anonymous", token(anonymous, "/suggestions"));
		for (String who : List.of("editor", "reviewer", "admin")) {
			StaffClient client = new StaffClient(this.port);
			assertThat(client.signIn("test-corpus-" + who, StaffFixtures.PASSWORD).statusCode()).isEqualTo(302);
			this.clients.put(who, client);
			this.tokens.put(who, token(client, "/staff"));
		}
		this.tables = this.jdbc
			.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
					+ "AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name", String.class)
			.stream()
			.filter((table) -> !NOT_COMPARED.contains(table.toLowerCase()))
			.toList();
	}

	/**
	 * A pending report below the public figure, filed without a correction reason: filed
	 * while the figure was lower, then overtaken by an earlier filed report's approval.
	 */
	private Long pendingDrop(Long indicatorId) {
		long shown = this.jdbc.queryForObject("SELECT CAST(MAX(reported_value) AS BIGINT) FROM progress_report "
				+ "WHERE indicator_id = ? AND review_state = 'APPROVED'", Long.class, indicatorId);
		Long higher = this.reports.submit(indicatorId, String.valueOf(shown + 3), null, null);
		Long lower = this.reports.submit(indicatorId, String.valueOf(shown + 1), null, null);
		assertThat(higher).as("the higher report is filed").isNotNull();
		assertThat(lower).as("the lower report is filed").isNotNull();
		this.reports.approve(higher);
		return lower;
	}

	@AfterAll
	void removeAccounts() {
		this.jdbc.update("DELETE FROM suggestion WHERE id = ?", Long.valueOf(this.ids.get("{pending}")));
		this.jdbc.update("DELETE FROM sign_in_throttle");
		this.jdbc.update("DELETE FROM rate_limit_bucket");
		this.staff.removeTestAccounts();
	}

	@TestFactory
	Stream<DynamicTest> everyBadInputIsRefusedClearlyAndChangesNothing() throws IOException {
		List<Case> cases = corpus();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
		return cases.stream().map((c) -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
	}

	private void run(Case c) {
		String before = (this.lastDigest != null) ? this.lastDigest : digest();
		this.lastDigest = null;
		HttpResponse<String> response = send(c);
		int status = response.statusCode();
		assertThat(status).as("status of %s", c).isLessThan(500);
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		String message = message(response, contentType);
		switch (c.expected()) {
			case "ok" -> {
				if (status >= 400) {
					assertThat(message).as("the refusal of %s says why", c).isNotBlank();
				}
			}
			case "4xx" -> assertThat(status).as("status of %s", c).isBetween(400, 499);
			case "403", "405" -> assertThat(status).as("status of %s", c).isEqualTo(Integer.parseInt(c.expected()));
			case "form" -> assertThat(status).as("status of %s", c).isIn(200, 400, 409, 422);
			case "refused" -> {
				if (status == 302 || status == 303) {
					String location = response.headers().firstValue("Location").orElseThrow();
					HttpResponse<String> shown = this.clients.get(c.who())
						.sendAsIs(browser(HttpRequest.newBuilder(URI.create(
								location.startsWith("http") ? location : this.clients.get(c.who()).base() + location)),
								c));
					message = message(shown, "text/html");
				}
				else {
					assertThat(status).as("status of %s", c).isBetween(400, 499);
				}
			}
			default -> throw new IllegalStateException("unknown expectation " + c.expected());
		}
		if (status >= 400 || !"ok".equals(c.expected())) {
			assertThat(message).as("the message of %s", c).isNotBlank();
			if ("en".equals(c.language())) {
				assertThat(message).as("the message of %s is in English", c).doesNotContainPattern(CHINESE);
			}
			else {
				assertThat(message).as("the message of %s is in Chinese", c).containsPattern(CHINESE);
			}
		}
		if (contentType.startsWith("text/html")) {
			assertThat(response.body()).as("%s is shown escaped", c).doesNotContain("<script>alert(1)</script>");
		}
		String after = digest();
		assertThat(after).as("the database after %s", c).isEqualTo(before);
		this.lastDigest = after;
	}

	/** What the answer says: a page's error text, a problem's detail, or plain text. */
	private static String message(HttpResponse<String> response, String contentType) {
		if (contentType.contains("json")) {
			Matcher detail = DETAIL.matcher(response.body());
			return detail.find() ? detail.group(1) : "";
		}
		if (contentType.startsWith("text/plain")) {
			return response.body().strip();
		}
		Document page = Jsoup.parse(response.body());
		return page.select(".error-message, .field-error, .notice.error, .error, [role=alert]")
			.stream()
			.map(Element::text)
			.collect(Collectors.joining(" "))
			.strip();
	}

	private HttpResponse<String> send(Case c) {
		StaffClient client = this.clients.get(c.who());
		client.forget("lang");
		String value = decode(c.value());
		String path = c.path();
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace(id.getKey(), id.getValue());
			value = value.replace(id.getKey(), id.getValue());
		}
		if ("path".equals(c.where())) {
			path = path.replace("{v}", c.value());
		}
		List<String> query = new ArrayList<>();
		if ("query".equals(c.where())) {
			query.add(encode(c.name()) + "=" + encode(value));
		}
		if ("en".equals(c.language())) {
			query.add("lang=en");
		}
		if (!query.isEmpty()) {
			path += "?" + String.join("&", query);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.base() + path));
		browser(request, c);
		if ("header".equals(c.where())) {
			request.setHeader(c.name(), value);
		}
		switch (c.method()) {
			case "GET" -> request.GET();
			case "POST" -> post(request, c, value);
			default -> request.method(c.method(), HttpRequest.BodyPublishers.noBody());
		}
		return client.sendAsIs(request);
	}

	private HttpRequest.Builder browser(HttpRequest.Builder request, Case c) {
		request.setHeader("Accept",
				c.path().startsWith("/api/") ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
		request.setHeader("Accept-Language", "en".equals(c.language()) ? "en" : "zh-CN,zh;q=0.9");
		return request;
	}

	private void post(HttpRequest.Builder request, Case c, String value) {
		if ("upload".equals(c.where())) {
			upload(request, c, value);
			return;
		}
		List<String[]> fields = new ArrayList<>();
		if (!"csrf".equals(c.where())) {
			fields.add(new String[] { "_csrf", this.tokens.get(c.who()) });
		}
		Map<String, String> base = new LinkedHashMap<>(base(c.path()));
		if ("form".equals(c.where())) {
			base.put(c.name(), value);
		}
		if ("dup".equals(c.where())) {
			base.remove(c.name());
			for (String each : value.split("\\|")) {
				fields.add(new String[] { c.name(), each });
			}
		}
		base.forEach((name, typed) -> fields.add(new String[] { name, typed }));
		String body = fields.stream().map((f) -> encode(f[0]) + "=" + encode(f[1])).collect(Collectors.joining("&"));
		request.setHeader("Content-Type", "application/x-www-form-urlencoded");
		request.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	/** A valid form for each address, so that the field under test is what is refused. */
	private Map<String, String> base(String path) {
		Map<String, String> fields = new LinkedHashMap<>();
		switch (path) {
			case "/suggestions" -> {
				fields.put("area", "EDUCATION");
				fields.put("county", "");
				fields.put("text", "语料测试：建议在学校门口增设护学岗。" + UUID.randomUUID());
				fields.put("contact", "");
			}
			case "/staff/reports/new" -> {
				fields.put("indicatorId", this.ids.get("{indicator}"));
				fields.put("value", "10");
				fields.put("asOf", "2025-06-30");
				fields.put("action", "save");
			}
			case "/staff/admin/plans" -> {
				fields.put("year", "2093");
				fields.put("titleZh", "语料测试计划");
				fields.put("titleEn", "Corpus test plan");
			}
			case "/staff/admin/departments" -> {
				fields.put("code", "test-corpus-new");
				fields.put("nameZh", "语料测试新部门");
				fields.put("nameEn", "Corpus department");
			}
			case "/staff/login" -> {
				fields.put("username", "test-corpus-nobody");
				fields.put("password", "not-the-password-of-anyone");
			}
			case "/staff/password" -> {
				fields.put("current", StaffFixtures.PASSWORD);
				fields.put("password", "corpus new passphrase 7Kq");
				fields.put("repeat", "corpus new passphrase 7Kq");
			}
			case "/staff/review/{report}/approve" -> {
				fields.put("version", version("progress_report", "{report}"));
				fields.put("correctionReason", "语料测试：核实后更正。");
			}
			case "/staff/review/{report}/reject" -> {
				fields.put("version", version("progress_report", "{report}"));
				fields.put("reason", "语料测试：请核实。");
			}
			case "/staff/moderation/{pending}/publish" -> fields.put("version", version("suggestion", "{pending}"));
			case "/staff/moderation/{pending}/reject" -> {
				fields.put("version", version("suggestion", "{pending}"));
				fields.put("reason", "语料测试：与民生无关。");
			}
			case "/staff/moderation/{pending}/merge" -> {
				fields.put("version", version("suggestion", "{pending}"));
				fields.put("into", this.ids.get("{suggestion}"));
			}
			case "/staff/moderation/{pending}/link" -> {
				fields.put("version", version("suggestion", "{pending}"));
				fields.put("commitment",
						String.valueOf(this.jdbc.queryForObject("SELECT commitment_id FROM indicator WHERE id = ?",
								Long.class, Long.valueOf(this.ids.get("{indicator}")))));
			}
			default -> {
			}
		}
		return fields;
	}

	/** The row's current version, so that only the field under test can be refused. */
	private String version(String table, String id) {
		return String.valueOf(this.jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class,
				Long.valueOf(this.ids.get(id))));
	}

	private void upload(HttpRequest.Builder request, Case c, String content) {
		String boundary = "----Corpus" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ this.tokens.get(c.who()) + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + decode(c.name())
						+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file(content));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		request.setHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
		request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private static byte[] file(String content) {
		return switch (content) {
			case "{zipbomb}" -> zipBomb();
			case "{gbk}" -> "年度,实事编号,指标序号\n2025,1,1\n".getBytes(Charset.forName("GBK"));
			case "{garbage}" ->
				new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1 };
			default -> content.getBytes(StandardCharsets.UTF_8);
		};
	}

	/** A small .xlsx whose one entry unpacks to 50 MB of zeros. */
	private static byte[] zipBomb() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	private static String token(StaffClient client, String path) {
		Element token = client.page(path).selectFirst("input[name=_csrf]");
		assertThat(token).as("a CSRF token on %s", path).isNotNull();
		return token.val();
	}

	/** A digest of every compared table's rows. */
	private String digest() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String table : this.tables) {
				sha.update(table.getBytes(StandardCharsets.UTF_8));
				this.jdbc.query("SELECT * FROM " + table + " ORDER BY 1", (row) -> {
					int columns = row.getMetaData().getColumnCount();
					for (int i = 1; i <= columns; i++) {
						sha.update(String.valueOf(row.getObject(i)).getBytes(StandardCharsets.UTF_8));
						sha.update((byte) 0);
					}
				});
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decode(String value) {
		Matcher repeat = REPEAT.matcher(value);
		StringBuilder repeated = new StringBuilder();
		while (repeat.find()) {
			repeat.appendReplacement(repeated,
					Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
		}
		repeat.appendTail(repeated);
		Matcher escape = ESCAPE.matcher(repeated.toString());
		StringBuilder decoded = new StringBuilder();
		while (escape.find()) {
			String replacement = (escape.group(1) != null)
					? String.valueOf((char) Integer.parseInt(escape.group(1), 16))
					: escape.group().equals("\\n") ? "\n" : "\t";
			escape.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
		}
		escape.appendTail(decoded);
		return decoded.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static List<Case> corpus() throws IOException {
		try (InputStream in = BadInputCorpusIntegrationTest.class.getResourceAsStream(CORPUS)) {
			assertThat(in).as(CORPUS).isNotNull();
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.skip(1)
				.toList();
			List<Case> cases = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String[] columns = lines.get(i).split("\t", -1);
				assertThat(columns).as("line %d of the corpus", i + 1).hasSize(8);
				cases.add(new Case(i + 1, columns[0], columns[1], columns[2], columns[3], columns[4], columns[5],
						columns[6], columns[7]));
			}
			return cases;
		}
	}

	/** One line of the corpus. */
	record Case(int number, String method, String path, String who, String language, String where, String name,
			String value, String expected) {

		@Override
		public String toString() {
			String shown = (this.value.length() > 40) ? this.value.substring(0, 40) + "…" : this.value;
			return "#" + this.number + " " + this.method + " " + this.path + " as " + this.who + " [" + this.language
					+ "] " + this.where + (this.name.isEmpty() ? "" : " " + this.name) + "=" + shown + " → "
					+ this.expected;
		}

	}

}
