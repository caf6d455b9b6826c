package org.minsheng.tracker.support;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.minsheng.tracker.system.PublicRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sites for tests: filed and approved through the pages, as staff do, and removed with
 * their ratings, problem reports and photos after each test (before the plans and
 * accounts they hang off).
 */
@Component
public class SiteFixtures {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PublicRevision revision;

	SiteFixtures(JdbcTemplate jdbc, TransactionTemplate transaction, PublicRevision revision) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.revision = revision;
	}

	/**
	 * Files a site through the editor's form and approves it through the reviewer's
	 * queue; returns its id.
	 */
	public Long fileAndApprove(StaffClient editor, StaffClient reviewer, Long indicatorId, String name, String county,
			String state) {
		Long id = file(editor, indicatorId, name, county, state);
		Document queue = reviewer.page("/staff/site-review");
		HttpAssert.redirect(reviewer.submit(queue, "article[data-site='" + id + "'] form.approve-site", Map.of()));
		return id;
	}

	/** Files a site through the editor's form; returns its id. */
	public Long file(StaffClient editor, Long indicatorId, String name, String county, String state) {
		Document form = editor.page("/staff/sites/new?indicator=" + indicatorId);
		HttpAssert.redirect(editor.submit(form, "form.site-form", Map.of("name", name, "address", name + "路1号",
				"county", county, "state", state, "latitude", "37.687", "longitude", "112.753")));
		return this.jdbc.queryForObject("SELECT MAX(site_id) FROM site_revision WHERE name = ?", Long.class, name);
	}

	public void removeSites() {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM site_problem");
			this.jdbc.update("DELETE FROM site_rating");
			this.jdbc.update("DELETE FROM site_revision");
			this.jdbc.update("DELETE FROM site");
			this.jdbc.update("DELETE FROM site_photo");
			this.jdbc.update("DELETE FROM rate_limit_bucket WHERE action LIKE 'site-%'");
			this.revision.bump();
		});
	}

	/** Asserts on answers to forms. */
	static final class HttpAssert {

		private HttpAssert() {
		}

		static void redirect(java.net.http.HttpResponse<String> response) {
			if (response.statusCode() != 302) {
				throw new AssertionError("expected a redirect, got " + response.statusCode() + ": "
						+ org.jsoup.Jsoup.parse(response.body()).select("main").text());
			}
		}

	}

}
