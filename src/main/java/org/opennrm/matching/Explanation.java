package org.opennrm.matching;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Why two records were scored as they were, in words a case worker can read, in Turkish or English. */
public record Explanation(List<ExplanationItem> items) {

	public Explanation {
		items = List.copyOf(items);
	}

	/** e.g. "same year of birth; family name equivalent across scripts; given name differs" */
	public String render(Locale locale) {
		ResourceBundle bundle = bundle(locale);
		return items.stream()
			.map(item -> new MessageFormat(bundle.getString("matching.reason." + item.code()), locale)
				.format(item.args().toArray()))
			.collect(Collectors.joining("; "));
	}

	public List<String> codes() {
		return items.stream().map(ExplanationItem::code).toList();
	}

	static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle("i18n/matching/messages",
				"tr".equals(locale.getLanguage()) ? Locale.forLanguageTag("tr") : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
