package org.minsheng.tracker.voice.web;

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
 * Optional contact details: a mobile number or an e-mail address of at most {@code max}
 * characters, or nothing. Too long and malformed are told apart.
 */
@Documented
@Constraint(validatedBy = ContactDetails.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface ContactDetails {

	String message() default "{voice.error.contactFormat}";

	String tooLong() default "{voice.error.contactTooLong}";

	int max() default 100;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ContactDetails, String> {

		private int max;

		private String tooLong;

		@Override
		public void initialize(ContactDetails constraint) {
			this.max = constraint.max();
			this.tooLong = constraint.tooLong();
		}

		@Override
		public boolean isValid(String typed, ConstraintValidatorContext context) {
			if (typed == null || typed.isBlank()) {
				return true;
			}
			String contact = typed.strip();
			if (contact.length() > this.max) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(this.tooLong).addConstraintViolation();
				return false;
			}
			return ContactFormat.isWellFormed(contact);
		}

	}

}
