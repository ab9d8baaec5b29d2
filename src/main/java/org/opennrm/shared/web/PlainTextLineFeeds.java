package org.opennrm.shared.web;

import java.util.Set;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

import org.opennrm.shared.PlainText;

/**
 * A form's multi-line text ({@code @PlainText(multiline = true)}, a text area's) read with its line breaks as line
 * feeds ({@link PlainText.Check#lineFeeds}): a browser sends them as CR LF, and they were stored so. The one place for
 * every multi-line field of a form: Spring reads a request's text into a form's field through the conversion service,
 * with the field's annotations. Showing a field goes the other way ({@link PlainTextShown}).
 */
final class PlainTextLineFeeds implements ConditionalGenericConverter {

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, String.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		PlainText text = targetType.getAnnotation(PlainText.class);
		return text != null && text.multiline() && !sourceType.hasAnnotation(PlainText.class);
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		return source == null ? null : PlainText.Check.lineFeeds((String) source);
	}

}
