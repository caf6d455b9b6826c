package org.minsheng.tracker.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

/**
 * What is wrong with a submitted form, field by field. Services throw it before they
 * change anything (and, being unchecked, it rolls back any transaction), so bad input
 * never changes data; controllers show each problem next to its field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	InvalidInputException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	/** A single problem with one field. */
	public static InvalidInputException of(String field, String messageKey, Object... arguments) {
		return new InvalidInputException(List.of(new Problem(field, messageKey, arguments)));
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * Puts every problem into a form's errors, so the page shows it next to its field (a
	 * problem without a field concerns the whole form).
	 */
	public void reportTo(Errors errors) {
		Problem.reportAll(this.problems, errors);
	}

	/** Collects problems while a form is checked. */
	public static final class Collector {

		private final List<Problem> problems = new ArrayList<>();

		public Collector add(String field, String messageKey, Object... arguments) {
			this.problems.add(new Problem(field, messageKey, arguments));
			return this;
		}

		/** Puts the problems found so far into a form's errors. */
		public void reportTo(Errors errors) {
			Problem.reportAll(this.problems, errors);
		}

		/** Throws when any problem was found; returns quietly otherwise. */
		public void throwIfAny() {
			if (!this.problems.isEmpty()) {
				throw new InvalidInputException(this.problems);
			}
		}

	}

}
