package org.minsheng.tracker.voice;

/**
 * Where a suggestion comes from. Labels live in the message bundles as
 * {@code voice.origin.<NAME>}.
 */
public enum Origin {

	/** Sent through the public form; moderated before it is shown. */
	PUBLIC,
	/** A resident's words quoted by a newspaper; published as printed. */
	PRESS

}
