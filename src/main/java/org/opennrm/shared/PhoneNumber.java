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

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A phone number as people write it, which {@link PhoneNumbers} reads; none (null or blank) is valid. The message shows
 * a number of the country as accepted, written as its people write it ({0}) and with its country code ({1}).
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

	String message() default "{validation.phone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Made by Spring's validator factory, which gives it the deployment's reading of numbers. */
	final class Check implements ConstraintValidator<PhoneNumber, String> {

		private final PhoneNumbers numbers;

		Check(PhoneNumbers numbers) {
			this.numbers = numbers;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || numbers.e164(value).isPresent()) {
				return true;
			}
			PhoneNumbers.Example example = numbers.example();
			context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("0", example.national())
				.addMessageParameter("1", example.international());
			return false;
		}

	}

}
