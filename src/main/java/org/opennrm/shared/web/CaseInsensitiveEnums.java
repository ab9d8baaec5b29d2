package org.opennrm.shared.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

import org.opennrm.shared.EnumNames;

/**
 * Query and path parameters, and form fields, of an enum type, read in any case ({@link EnumNames}):
 * {@code ?type=ngo} is {@code NGO}, as the audit API's codes are. A name the enum does not have is still refused,
 * with the parameter named and the names it takes ({@code ApiErrorHandling}); a blank one is no value. Registered in
 * place of Spring's own, which knows the exact name only.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class CaseInsensitiveEnums implements ConverterFactory<String, Enum> {

	@Override
	public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
		Class<?> type = targetType;
		while (!type.isEnum()) {
			type = type.getSuperclass(); // a constant with a body is a subclass of its enum
		}
		Class<? extends Enum> enumType = (Class<? extends Enum>) type;
		return text -> text.isBlank() ? null : (T) constant(enumType, text);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String text) {
		return EnumNames.find(type, text)
			.orElseThrow(() -> new IllegalArgumentException("No constant of " + type.getSimpleName() + " is so named"));
	}

}
