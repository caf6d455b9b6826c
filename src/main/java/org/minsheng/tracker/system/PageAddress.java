package org.minsheng.tracker.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A public page's address as the page cache keys it: the origin the page's links are
 * written for, the path, and only the parameters a public page understands, in a fixed
 * order. Made-up parameters ({@code ?x=1}, {@code ?x=2}…) therefore reach the same cached
 * page instead of forcing a render each, and a forged {@code Host} header cannot put its
 * links into a page other visitors get.
 *
 * @param origin scheme, host and port
 * @param path the path
 * @param query the understood parameters, normalised
 */
record PageAddress(String origin, String path, String query) {

	/**
	 * Every parameter a cached public page reads (the dashboard's filters, the county
	 * page's year and every page's {@code asOf}). A new page parameter under a cached
	 * prefix must be added here.
	 */
	static final List<String> UNDERSTOOD_PARAMETERS = List.of("area", "county", "year", "asOf");

	static PageAddress of(HttpServletRequest request) {
		StringBuilder query = new StringBuilder();
		for (String name : UNDERSTOOD_PARAMETERS) {
			String value = request.getParameter(name);
			if (value != null) {
				query.append(name).append('=').append(value).append('&');
			}
		}
		String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
		return new PageAddress(origin, request.getRequestURI(), query.toString());
	}

	/** The kind of page, for render-time metrics (a few fixed values, never the path). */
	String kind() {
		if (this.path.contains("/commitments/")) {
			return "commitment";
		}
		if (this.path.endsWith("/review")) {
			return "review";
		}
		if (this.path.startsWith("/plans/")) {
			return "dashboard";
		}
		if (this.path.startsWith("/counties/")) {
			return "county";
		}
		return "source";
	}

}
