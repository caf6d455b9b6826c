package org.minsheng.tracker.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

/**
 * One thing wrong with what someone typed, the one shape every check reports in: the
 * field it concerns (a form field, or a spreadsheet column; null for the form or row as a
 * whole), the message key and its arguments. Arguments are shown as written (a year is
 * "2025", not "2,025").
 */
public record Problem(String field, String messageKey, Object... arguments) {

	public Problem {
		arguments = Arrays.stream(arguments).map(String::valueOf).toArray();
	}

	/**
	 * Puts the problem into a form's errors, so the page shows it next to its field (or
	 * at the top for the whole form).
	 */
	public void reportTo(Errors errors) {
		if (this.field == null) {
			errors.reject(this.messageKey, this.arguments, this.messageKey);
		}
		else {
			errors.rejectValue(this.field, this.messageKey, this.arguments, this.messageKey);
		}
	}

	public static void reportAll(List<Problem> problems, Errors errors) {
		problems.forEach((problem) -> problem.reportTo(errors));
	}

	@Override
	public String toString() {
		return this.field + ": " + this.messageKey;
	}

}
