package org.opennrm.shared.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.opennrm.shared.PlainText;

/**
 * An API body's multi-line text ({@code @PlainText(multiline = true)}: an organisation's address) read with its line
 * breaks as line feeds ({@link PlainText.Check#lineFeeds}), as a form's is ({@link PlainTextLineFeeds}): a client that
 * sends {@code "Atatürk Cd. 12\r\nÇankaya"}, as a Windows program writes it, saves what the screens save. The one place
 * for every such field of every body the JSON mapper reads; any other text is read as Jackson reads it.
 */
@Configuration(proxyBeanMethods = false)
class JsonLineFeeds {

	@Bean
	JsonMapperBuilderCustomizer multiLineTextWithLineFeeds() {
		return builder -> builder.addModule(new SimpleModule("JsonLineFeeds")
			.addDeserializer(String.class, new MultiLineText()));
	}

	/** Text read as Jackson reads it, then its line breaks made line feeds; for multi-line text only. */
	static final class MultiLineText extends StringDeserializer {

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			PlainText text = property == null ? null : property.getAnnotation(PlainText.class);
			return text != null && text.multiline() ? this : StringDeserializer.instance;
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = super.deserialize(parser, context);
			return value == null ? null : PlainText.Check.lineFeeds(value);
		}

	}

}
