package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The person's name in a password, found as names are compared: case, Turkish I's and accents aside. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aPasswordHoldingTheFullNameOrAPartOfItOfFourLettersOrMoreIsRefused() {
		assertThat(policy.check("Sec Tester 12", "s.tester", "Sec Tester")).hasValue("password.containsName");
		assertThat(policy.check("SECTESTER-2026!", "s.tester", "Sec Tester")).hasValue("password.containsName");
		assertThat(policy.check("sabah erken kalkan ayse", "kullanici", "Ayşe Demir")).hasValue("password.containsName");
		assertThat(policy.check("YıLDıRıM gibi hızlı koşar", "kullanici", "Gül Yıldırım"))
			.hasValue("password.containsName");
		assertThat(policy.check("eve dönen öztürk ailesi", "kullanici", "Fatma Öztürk-Aydın"))
			.hasValue("password.containsName");
		// the whole name, its words written together, even when each of them is shorter
		assertThat(policy.check("alikoç yaz tatilinde", "kullanici", "Ali Koç")).hasValue("password.containsName");
	}

	@Test
	void shorterPartsOfTheNameAndOtherWordsAreAllowed() {
		assertThat(policy.check("koçtan ali geldi bugün", "kullanici", "Ali Koç")).isEmpty();
		assertThat(policy.check("sabah erken kalkan yol alır", "kullanici", "Mehmet Yılmaz")).isEmpty();
		assertThat(policy.check("sabah erken kalkan yol alır", "kullanici", null)).isEmpty();
	}

	@Test
	void theUserNameIsFoundAsTurkishLettersAndCaseAside() {
		assertThat(policy.check("İLKER yaz tatilinde 2026", "ilker", "Başka Ad")).hasValue("password.containsUsername");
		assertThat(policy.check("bizim ilker.kaya evde", "ilker.kaya", null)).hasValue("password.containsUsername");
	}

}
