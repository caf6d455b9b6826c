package org.minsheng.tracker.voice;

/**
 * What became of a click on "support". Labels live in the message bundles as
 * {@code voice.support.<NAME>}.
 */
public enum SupportOutcome {

	COUNTED, ALREADY, TOO_MANY

}
