package org.minsheng.tracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A staff member's browser without the browser: real HTTP with cookies, forms posted with
 * the CSRF token the page carries, redirects not followed so tests see them.
 */
public class StaffClient {

	private final String base;

	private final CookieManager cookies;

	private final HttpClient http;

	public StaffClient(int port) {
		this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	private StaffClient(int port, CookieManager cookies) {
		this.base = "http://127.0.0.1:" + port;
		this.cookies = cookies;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The same browser (same cookies, so the same signed-in session) talking to another
	 * instance, as behind a load balancer.
	 */
	public StaffClient at(int otherPort) {
		return new StaffClient(otherPort, this.cookies);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	public Document page(String path) {
		return Jsoup.parse(get(path).body(), this.base + path);
	}

	/** The page a redirect (a form's answer) leads to, as the browser would open it. */
	public Document follow(HttpResponse<String> redirect) {
		java.net.URI location = java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return page(location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : ""));
	}

	/**
	 * Posts the page's form (chosen by CSS selector) with its hidden fields plus these
	 * values.
	 */
	public HttpResponse<String> submit(Document page, String formSelector, Map<String, String> values) {
		Element form = page.selectFirst(formSelector);
		if (form == null) {
			throw new IllegalStateException("no form " + formSelector + " on " + page.location());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		fields.putAll(values);
		return post(URI.create(this.base).resolve(form.attr("action")).getPath(), fields);
	}

	/**
	 * Uploads a file with the page's form (chosen by CSS selector) as
	 * {@code multipart/form-data}, with the form's hidden fields, to the form's action
	 * (query string included), as a browser does.
	 */
	public HttpResponse<String> upload(Document page, String formSelector, String fileName, byte[] content) {
		Element form = page.selectFirst(formSelector);
		if (form == null) {
			throw new IllegalStateException("no form " + formSelector + " on " + page.location());
		}
		String boundary = "----StaffClient" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Element hidden : form.select("input[type=hidden]")) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + hidden.attr("name")
					+ "\"\r\n\r\n" + hidden.val() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		String fileField = form.selectFirst("input[type=file]").attr("name");
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		URI action = URI.create(this.base).resolve(form.attr("action"));
		return send(HttpRequest.newBuilder(action)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** GETs a download as bytes. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> signIn(String username, String password) {
		Document login = page("/staff/login");
		return submit(login, "main form", Map.of("username", username, "password", password));
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Forgets a cookie (the language chosen, say), as clearing it in a browser. */
	public void forget(String name) {
		this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.toList()
			.forEach((c) -> this.cookies.getCookieStore().remove(null, c));
	}

	/** The address requests go to, without a trailing slash. */
	public String base() {
		return this.base;
	}

	/**
	 * Sends a request as built, with this browser's cookies, without the browser's
	 * {@code Accept} header (for tests that choose their own headers).
	 */
	public HttpResponse<String> sendAsIs(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			// As a browser does, so that error answers are pages, not JSON.
			request.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
