package org.opennrm.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlindIndexTest {

	private final BlindIndex index = new BlindIndex(TestKeys.keys("k1", "k1", TestKeys.K1));

	@Test
	void isDeterministicAndMatchesAnIndependentComputation() {
		// Computed with Python's hmac: HMAC(HMAC(indexKey, "opennrm/blind-index/v1/user.email" || 0x01), value).
		// Pins the scheme, since stored indexes must keep matching.
		byte[] hash = index.hash("user.email", "ayşe.yilmaz@example.org");

		assertThat(HexFormat.of().formatHex(hash))
			.isEqualTo("839e5fc9fb20b440809cd6084ac015a4d253b77a65848cebf9e2cb6d49880f70");
		assertThat(index.hash("user.email", "ayşe.yilmaz@example.org")).isEqualTo(hash);
		assertThat(new BlindIndex(TestKeys.keys("k2", "k2", TestKeys.K2)).hash("user.email", "ayşe.yilmaz@example.org"))
			.as("the data keys play no part").isEqualTo(hash);
	}

	@Test
	void purposesAreSeparated() {
		assertThat(index.hash("user.email", "x@example.org")).isNotEqualTo(index.hash("user.phone", "x@example.org"));
	}

	@Test
	void differsPerIndexKey() {
		var other = new BlindIndex(TestKeys.keysWithIndex(TestKeys.OTHER_INDEX, "k1", "k1", TestKeys.K1));

		assertThat(other.hash("user.email", "x@example.org")).isNotEqualTo(index.hash("user.email", "x@example.org"));
	}

	// Locale-independent folding maps I to i, also in Turkish words (see keepsTurkishDottedAndDotlessIApart...).
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			AYŞE YILMAZ           | ayşe yilmaz
			'  Ayşe \t\n  Yılmaz '  | ayşe yılmaz
			'Ayşe\u00A0\u2003Yılmaz' | ayşe yılmaz
			ＡＢＣ１２３             | abc123
			ﬁliz                  | filiz
			Straße                | strasse
			e\u0301               | \u00e9
			Ah\u00ADmet           | ahmet
			НАТАЛЬЯ               | наталья
			ΣΟΦΊΑ                 | σοφία
			""")
	void hashesTheCanonicalForm(String value, String canonical) {
		assertThat(BlindIndex.canonicalize(value)).isEqualTo(canonical);
		assertThat(index.hash("person.name", value)).isEqualTo(index.hash("person.name", canonical));
	}

	@Test
	void arabicIsNormalisedByNfkc() {
		// Arabic presentation forms (as some keyboards and PDFs produce) equal the plain letters.
		assertThat(BlindIndex.canonicalize("\uFEE3\uFEA4\uFEE4\uFEAA")).isEqualTo("محمد");
	}

	@Test
	void keepsTurkishDottedAndDotlessIApartAsDocumented() {
		assertThat(BlindIndex.canonicalize("I")).isEqualTo("i");
		assertThat(BlindIndex.canonicalize("ı")).isEqualTo("ı");
		assertThat(BlindIndex.canonicalize("İ")).isEqualTo("i\u0307");
	}

	@Test
	void distinctValuesDiffer() {
		assertThat(index.hash("person.name", "Ayşe Yılmaz")).isNotEqualTo(index.hash("person.name", "Ayse Yilmaz"));
	}

	@Test
	void nullAndBlankGiveNull() {
		assertThat(index.hash("user.email", null)).isNull();
		assertThat(index.hash("user.email", " \t\u200B ")).isNull();
	}

	@Test
	void macForGivesAFreshMacThatHashMatches() {
		Mac first = index.macFor("user.email");
		Mac second = index.macFor("user.email");

		assertThat(first).isNotSameAs(second);
		byte[] viaMac = first.doFinal(BlindIndex.canonicalize(" X@Example.org ").getBytes(StandardCharsets.UTF_8));
		assertThat(viaMac).isEqualTo(index.hash("user.email", " X@Example.org "));
	}

	@Test
	void purposeMustBeAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> index.hash("", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> index.macFor("User Email"));
	}
}
