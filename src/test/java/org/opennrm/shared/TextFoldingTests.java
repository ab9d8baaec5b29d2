package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTests {

	@Test
	void turkishCaseAndLettersFoldToWhatAForeignKeyboardTypes() {
		assertThat(TextFolding.fold("İstanbul")).isEqualTo("istanbul");
		assertThat(TextFolding.fold("ISTANBUL")).isEqualTo("istanbul");
		assertThat(TextFolding.fold("ıstanbul")).isEqualTo("istanbul");
		assertThat(TextFolding.fold("KADIN DAYANIŞMA DERNEĞİ")).isEqualTo("kadin dayanisma dernegi");
		assertThat(TextFolding.fold("Göç İdaresi")).isEqualTo("goc idaresi");
		assertThat(TextFolding.fold("GÖÇ İDARESİ")).isEqualTo("goc idaresi");
		assertThat(TextFolding.fold("ÇĞÖŞÜ çğöşü Ââ Îî Ûû")).isEqualTo("cgosu cgosu aa ii uu");
	}

	@Test
	void namesThatLookTheSameFoldTheSame() {
		String name = TextFolding.fold("Kadın Dayanışma Derneği");
		assertThat(TextFolding.fold("  Kadın  Dayanışma\tDerneği ")).isEqualTo(name);
		assertThat(TextFolding.fold("Kadın Dayanis\u0327ma Derneg\u0306i")).isEqualTo(name); // combining marks (NFD)
		assertThat(TextFolding.fold("Kadın\u200B Dayanışma\u00A0Derneği\u00AD")).isEqualTo(name); // zero-width, no-break
		assertThat(TextFolding.fold("Kadı\u200Dn Dayanışma Derneği\uFEFF")).isEqualTo(name);
		assertThat(TextFolding.fold("Ｋａｄıｎ Dayanışma Derneği")).isEqualTo(name); // full-width letters
		assertThat(TextFolding.fold("Women\u2019s Shelter \u2013 Mardin")).isEqualTo(TextFolding.fold("women's shelter - mardin"));
		assertThat(TextFolding.fold("Straße")).isEqualTo("strasse");
		assertThat(TextFolding.fold("محمّد")).isEqualTo(TextFolding.fold("محمد")); // Arabic vowel marks
		assertThat(TextFolding.fold("Kadın Dayanışma Vakfı")).isNotEqualTo(name);
		assertThat(TextFolding.fold(null)).isEmpty();
		assertThat(TextFolding.fold("\u0000\u001B\u200B")).isEmpty();
	}

	@Test
	void aNameIsStoredInOneFormWithItsLettersAsTyped() {
		assertThat(TextFolding.tidyName("  Kadın \t Dayanışma\u00A0\u00A0Derneği \n")).isEqualTo("Kadın Dayanışma Derneği");
		assertThat(TextFolding.tidyName("Dayanis\u0327ma")).isEqualTo("Dayanışma".replace('ı', 'i')) // NFC: one ş
			.hasSize(9);
		assertThat(TextFolding.tidyName("Kadın\u200B Derneği\u200E\uFEFF")).isEqualTo("Kadın Derneği");
		// Persian needs its zero-width non-joiner: کتاب‌خانه (library)
		assertThat(TextFolding.tidyName("کتاب\u200Cخانه")).isEqualTo("کتاب\u200Cخانه");
		assertThat(TextFolding.tidyName("\u200B ")).isEmpty();
	}

	@Test
	void aSearchTermIsALikePatternWithItsWildcardsTakenLiterally() {
		assertThat(TextFolding.containing("GÖÇ")).isEqualTo("%goc%");
		assertThat(TextFolding.containing("100%_a\\")).isEqualTo("%100\\%\\_a\\\\%");
		assertThat(TextFolding.containing(" \u0000 ")).isNull();
		assertThat(TextFolding.containing(null)).isNull();
	}

}
