package org.minsheng.tracker.county;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Looks a typed county code up in the database.
 */
class KnownCountyValidator implements ConstraintValidator<KnownCounty, String> {

	private final Counties counties;

	KnownCountyValidator(Counties counties) {
		this.counties = counties;
	}

	@Override
	public boolean isValid(String code, ConstraintValidatorContext context) {
		return code == null || code.isBlank() || this.counties.findByCode(code.strip()).isPresent();
	}

}
