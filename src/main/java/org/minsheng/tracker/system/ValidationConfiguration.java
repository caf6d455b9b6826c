package org.minsheng.tracker.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation reads its messages from the portal's own bundles
 * ({@code messages/*.properties}, Chinese and English): a constraint's {@code message =
 * "{voice.error.textRequired}"} is the bundle's text in the visitor's language, with the
 * constraint's attributes ({@code {max}}) filled in. Constraints that need the database
 * get their repositories injected.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	static LocalValidatorFactoryBean defaultValidator(MessageSource messageSource) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		return validator;
	}

}
