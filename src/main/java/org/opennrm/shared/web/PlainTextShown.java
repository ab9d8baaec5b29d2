package org.opennrm.shared.web;

import java.util.Set;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

import org.opennrm.shared.PlainText;

/**
 * What a form's {@link PlainText} field shows in its input: the value with each refused character (a NUL, a
 * right-to-left override) replaced by U+FFFD ({@link PlainText.Check#shown}). A refused form shows the value as typed,
 * its rejected value; without this the override went back into the page, reversing what follows it, and the person saw
 * no sign of what to delete. Spring's binding results print a field's value through the conversion service with the
 * field's own type, annotations and all (Thymeleaf's {@code th:field} asks them): this converter answers for a
 * {@code @PlainText} field turned into text, and for nothing else. Reading the request into the form goes the other way
 * (text into the field's type) and is left alone, so that the check sees what was sent.
 */
final class PlainTextShown implements ConditionalGenericConverter {

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, String.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return sourceType.hasAnnotation(PlainText.class) && !targetType.hasAnnotation(PlainText.class);
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		return source == null ? null
				: PlainText.Check.shown((String) source, sourceType.getAnnotation(PlainText.class).multiline());
	}

}
