package org.opennrm.matching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import org.opennrm.encryption.BlindIndex;
import org.opennrm.shared.AuditableEvent;

/**
 * What a candidate search asked, for its audit entry, without any of its values: the fields it gave, and a short keyed
 * digest of its names. A tester recovered a registered person's birth date in about 45 searches of one name, each with
 * another date, and the citizenship in about 50; the entries said nothing of what was asked, and so looked like 45
 * unrelated searches. With the digest, an auditor sees the searches of one name together (docs/audit.md, "What a
 * search asked").
 * <p>
 * The digest is HMAC-SHA256 under the active index key, with a sub-key of its own ({@value #PURPOSE}: the blocking
 * keys' is {@code matching.blocking-key}, the audit chain's {@code audit-chain}), so it equals no blocking key's hash;
 * over the names as the engine reads them ({@link PersonMatcher#prepare}: case, marks, spaces and scripts' spellings
 * as it folds them, initials and the words it takes for no name left out), each word once, in alphabetical order: the
 * given and family names in either field, or the whole name in one, give one digest. The original-script name counts
 * only when no given or family name is given, as it is then the names searched on. Cut to {@value #HEX_DIGITS}
 * hexadecimal digits: enough that the searches of one caller for different names do not share one, too few to name one
 * person among a country's; without the index key it cannot be reversed, with it a guessed name can be confirmed, as
 * the index itself can.
 */
@Component
class SearchAsked {

	/** The digest's sub-key of the index key ({@link BlindIndex#macFor(String, String)}). */
	static final String PURPOSE = "matching.asked-names";

	/** The digest's length: 32 bits. */
	static final int HEX_DIGITS = 8;

	private final BlindIndex keys;
	private final PersonMatcher matcher;

	SearchAsked(BlindIndex keys, PersonMatcher matcher) {
		this.keys = keys;
		this.matcher = matcher;
	}

	/** The fields {@code query} gives, in a fixed order, and the digest of its names (none without names). */
	AuditableEvent.Asked of(PersonRecord query) {
		String names = names(query);
		List<String> fields = new ArrayList<>(5);
		if (names != null) {
			fields.add("names");
		}
		if (query.birthDate() != null) {
			fields.add("birthDate");
		}
		if (query.birthYear() != null) {
			fields.add("birthYear");
		}
		if (query.sex() != null) {
			fields.add("sex");
		}
		if (!query.citizenship().isEmpty()) {
			fields.add("citizenship");
		}
		return new AuditableEvent.Asked(fields, names);
	}

	/** The digest of the names, under the active index key; null when the query gives none the engine reads. */
	String names(PersonRecord query) {
		// the names alone: a Somali citizenship changes how the engine reads "Cali", and must not change the digest
		PreparedPerson names = matcher.prepare(new PersonRecord("asked", query.givenNames(), query.familyNames(),
				query.fullNameOriginal(), null, null, null, List.of()));
		if (names.all.isEmpty()) {
			return null;
		}
		String words = String.join(" ", new TreeSet<>(names.all.tokens()));
		byte[] mac = keys.macFor(PURPOSE).doFinal(words.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac, 0, HEX_DIGITS / 2);
	}

}
