package org.opennrm.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The code of a language the staff screens are offered in ({@link SpokenLanguage#staffScreens()}: {@code tr},
 * {@code en}), or none (null or blank): what an account's preferred language may be. Checked against the one list of
 * languages, not a copy of it.
 */
@Documented
@Constraint(validatedBy = StaffLanguageCode.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffLanguageCode {

	String message() default "{StaffLanguageCode}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class Check implements ConstraintValidator<StaffLanguageCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return allowed(value);
		}

		/** Whether {@code code} is none, or a language of the staff screens. */
		public static boolean allowed(String code) {
			return code == null || code.isBlank() || SpokenLanguage.staffLanguage(code).isPresent();
		}

	}

}
