package org.minsheng.tracker.progress;

/**
 * One thing wrong with a report form: the field, the message key and its arguments.
 */
public record RuleViolation(String field, String messageKey, Object... arguments) {
}
