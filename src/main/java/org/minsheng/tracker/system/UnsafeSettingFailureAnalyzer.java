package org.minsheng.tracker.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link UnsafeSettingException} into Spring Boot's start-up failure report: one
 * line saying what is unsafe and which variable to set, without a stack trace.
 */
class UnsafeSettingFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSettingException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the environment variable " + cause.variable() + " and start again (see README, 'Production').",
				cause);
	}

}
