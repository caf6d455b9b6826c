package org.minsheng.tracker.county;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The code of one of the city's counties, as the database knows them; blank means none
 * chosen and is allowed.
 */
@Documented
@Constraint(validatedBy = KnownCountyValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCounty {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
