package org.minsheng.tracker.api;

/**
 * The API speaks JSON only: a request whose {@code Accept} header excludes it (asking for
 * XML, say) is refused with a 406 problem.
 */
class NotAcceptableException extends RuntimeException {

	NotAcceptableException(String accept) {
		super("not acceptable: " + accept);
	}

}
