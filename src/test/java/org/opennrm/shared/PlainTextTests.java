package org.opennrm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

	@Test
	void textAPersonTypesInAnyScriptIsAllowed() {
		for (String text : new String[] { "Kadın Dayanışma Derneği", "جمعية التضامن النسائية", "کتاب\u200Cخانه",
				"Общество солидарности", "Emoji 👩‍👧 ok", "مرکز\u200F (تهران)", "" }) {
			assertThat(PlainText.Check.allowed(text, false)).as(text).isTrue();
		}
	}

	@Test
	void controlsOverridesIsolatesAndBrokenSurrogatesAreRefused() {
		for (String text : new String[] { "Ctrl\u0000char", "Esc\u001B[31m", "a\u007Fb", "c1\u0085", "abc\u202Efdp.exe",
				"x\u202Ay", "x\u2066y\u2069", "x\u2068y", "half \uD83D", "\uDC69 half", "a\tb", "a\nb", "a\u2028b" }) {
			assertThat(PlainText.Check.allowed(text, false)).as(text).isFalse();
		}
	}

	@Test
	void aTextAreaMayHoldTabsAndLineBreaksButNoOtherControl() {
		assertThat(PlainText.Check.allowed("Haliliye\r\nŞanlıurfa\t63", true)).isTrue();
		assertThat(PlainText.Check.allowed("Haliliye\r\n\u0000", true)).isFalse();
		assertThat(PlainText.Check.allowed("Haliliye\u202E", true)).isFalse();
	}

}
