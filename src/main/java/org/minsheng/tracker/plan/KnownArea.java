package org.minsheng.tracker.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The name of one of the {@link Area}s (any case); blank is refused too.
 */
@Documented
@Constraint(validatedBy = KnownArea.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownArea {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks {@link Area#fromParameter(String)}. */
	class Validator implements jakarta.validation.ConstraintValidator<KnownArea, String> {

		@Override
		public boolean isValid(String value, jakarta.validation.ConstraintValidatorContext context) {
			return Area.fromParameter(value) != null;
		}

	}

}
