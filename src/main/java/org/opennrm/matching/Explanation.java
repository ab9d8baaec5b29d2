package org.opennrm.matching;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Why two records were scored as they were, in words a case worker can read, in Turkish or English.
 *
 * @param search whether the first of the two is a candidate search and the second a registered person's record, not
 *               two records of a file: a reason about one of them then says which ("no date of birth in the search")
 */
public record Explanation(List<ExplanationItem> items, boolean search) {

	public Explanation {
		items = List.copyOf(items);
	}

	/** The explanation of two records of a file. */
	public Explanation(List<ExplanationItem> items) {
		this(items, false);
	}

	/** e.g. "same year of birth; the same family name in another script and spelling; given name differs" */
	public String render(Locale locale) {
		ResourceBundle bundle = bundle(locale);
		return items.stream()
			.map(item -> new MessageFormat(bundle.getString(key(item)), locale).format(item.args().toArray()))
			.collect(Collectors.joining("; "));
	}

	public List<String> codes() {
		return items.stream().map(ExplanationItem::code).toList();
	}

	/**
	 * The message of a reason: its code, its wording's variant, and for a reason about one record or both, which: of
	 * two records of a file, one or both; of a search, the search, the registered record, or both.
	 */
	private String key(ExplanationItem item) {
		StringBuilder key = new StringBuilder("matching.reason.").append(item.code());
		if (item.variant() != null) {
			key.append('.').append(item.variant());
		}
		if (item.whose() != null) {
			key.append('.').append(switch (item.whose()) {
				case FIRST -> search ? "search" : "oneRecord";
				case SECOND -> search ? "registered" : "oneRecord";
				case BOTH -> search ? "searchAndRegistered" : "bothRecords";
			});
		}
		return key.toString();
	}

	static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle("i18n/matching/messages",
				"tr".equals(locale.getLanguage()) ? Locale.forLanguageTag("tr") : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
