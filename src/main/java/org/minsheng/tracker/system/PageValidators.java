package org.minsheng.tracker.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * HTTP caching of public pages: an {@code ETag} naming the page's cache key, a
 * {@code Last-Modified} from the public data's last change (or the start of the city's
 * day, since statuses are judged by date), and {@code Cache-Control: public} with a short
 * {@code max-age} and {@code stale-while-revalidate}, so that browsers, nginx or a CDN
 * can carry a crowd. Only pages that set no cookie are shared; staff pages keep Spring
 * Security's {@code no-store}.
 */
final class PageValidators {

	private PageValidators() {
	}

	static String etagOf(String identity) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Instant lastModified(Instant dataChangedAt, LocalDate today, ZoneId zone) {
		Instant dayStarted = today.atStartOfDay(zone).toInstant();
		Instant latest = dataChangedAt.isAfter(dayStarted) ? dataChangedAt : dayStarted;
		return latest.truncatedTo(ChronoUnit.SECONDS);
	}

	static void shareable(HttpServletResponse response, String etag, Instant lastModified,
			PortalProperties.PageCache settings) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + settings.maxAgeSeconds()
				+ ", stale-while-revalidate=" + settings.staleWhileRevalidateSeconds());
		// The language and the display mode come from cookies or Accept-Language.
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
	}

	static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.strip();
				if (tag.startsWith("W/")) {
					tag = tag.substring(2);
				}
				if (tag.equals(etag) || tag.equals("*")) {
					return true;
				}
			}
			return false;
		}
		long since = ifModifiedSince(request);
		return since >= 0 && since >= lastModified.toEpochMilli();
	}

	private static long ifModifiedSince(HttpServletRequest request) {
		try {
			return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

}
