package org.minsheng.tracker.display;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to send a visitor back to after a switch: only a path on this site, never another
 * host (no open redirect).
 */
record LocalReturn(String path) {

	static final LocalReturn HOME = new LocalReturn("/");

	/** The given address if it is a local path, else the home page. */
	static LocalReturn of(String candidate) {
		if (candidate == null || candidate.isBlank() || !candidate.startsWith("/") || candidate.startsWith("//")
				|| candidate.indexOf('\\') >= 0 || candidate.chars().anyMatch(Character::isISOControl)) {
			return HOME;
		}
		try {
			URI uri = new URI(candidate);
			if (uri.getScheme() != null || uri.getRawAuthority() != null) {
				return HOME;
			}
		}
		catch (URISyntaxException ex) {
			return HOME;
		}
		return new LocalReturn(candidate);
	}

}
