package org.minsheng.tracker.progress;

/**
 * Someone else changed or reviewed the report since the person opened it; nothing was
 * saved.
 */
public class ConflictException extends RuntimeException {

	public ConflictException() {
		super("report changed by someone else");
	}

}
