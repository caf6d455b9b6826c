package org.minsheng.tracker.site.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.minsheng.tracker.voice.ContactFormat;

/**
 * Optional contact details on a problem report: as on the suggestion form
 * ({@link ContactFormat}), at most 100 characters, or nothing.
 */
@Documented
@Constraint(validatedBy = Contact.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface Contact {

	String message() default "{sites.problem.error.contactFormat}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Contact, String> {

		@Override
		public boolean isValid(String typed, ConstraintValidatorContext context) {
			if (typed == null || typed.isBlank()) {
				return true;
			}
			String contact = typed.strip();
			return contact.length() <= 100 && ContactFormat.isWellFormed(contact);
		}

	}

}
