package org.minsheng.tracker.api;

/**
 * The API is read-only: anything but GET (or HEAD) is refused with a 405 problem.
 */
class MethodNotAllowedException extends RuntimeException {

	private final String method;

	MethodNotAllowedException(String method) {
		super("method not allowed: " + method);
		this.method = method;
	}

	String getMethod() {
		return this.method;
	}

}
