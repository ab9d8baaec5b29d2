package org.opennrm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords refused as guessable (with what the person is told), passphrases accepted, and the person's name found as
 * names are compared: case, Turkish I's and accents aside.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	private static final PasswordOwner OWNER = new PasswordOwner("s.tester", "Sec Tester", "kirmizi.kalem@example.org",
			"Gaziantep İl Göç İdaresi Müdürlüğü");

	/** Each with the message the person gets: what is wrong, in the words of its kind. */
	static Stream<Arguments> guessablePasswords() {
		return Stream.of(
				Arguments.of(" ".repeat(12), "password.repeated"),
				Arguments.of(" ".repeat(13), "password.repeated"),
				Arguments.of("\t".repeat(12), "password.repeated"),
				Arguments.of("ab          ", "password.repeated"),
				Arguments.of("Aa1!Aa1!Aa1!", "password.repeated"),
				Arguments.of("aaaaaaaaaaaa", "password.sequence"),
				Arguments.of("ş".repeat(12), "password.repeated"),
				Arguments.of("x".repeat(PasswordPolicy.MAX_LENGTH), "password.repeated"),
				Arguments.of("11111111111a", "password.sequence"),
				Arguments.of("demo-parola-2026", "password.ownWords"),
				Arguments.of("Demo-Parola-2026!", "password.ownWords"),
				Arguments.of("opennrm-2026-!", "password.ownWords"),
				Arguments.of("Gaziantep2026!!", "password.ownWords"),
				Arguments.of("KirmiziKalem.2026", "password.ownWords"),
				Arguments.of("qwerty123456", "password.common"),
				Arguments.of("P@ssw0rd2026", "password.common"),
				Arguments.of("123456789abc", "password.common"),
				Arguments.of("Parola.2026!", "password.common"),
				Arguments.of("Sifre.2026.!", "password.common"),
				Arguments.of("Şifre.2026.!", "password.common"),
				Arguments.of("mypassword12", "password.common"),
				Arguments.of("Türkiye12345", "password.common"),
				Arguments.of("TÜRKİYE12345", "password.common"),
				Arguments.of("galatasaray fenerbahçe", "password.common"),
				Arguments.of("administrator1", "password.words"),
				Arguments.of("1qaz2wsx3edc4rfv", "password.common"),
				Arguments.of("wertyuiop[]\\", "password.keyboard"),
				Arguments.of("xcvbnm,./123", "password.keyboard"),
				Arguments.of("şlkjhgfdsa1234", "password.keyboard"),
				Arguments.of("19.05.1919 1923", "password.date"),
				// a retest's: in capitals here and there, or list words written apart, each part was counted alone
				Arguments.of("ŞİFRE şifre ŞİFRE", "password.repeated"),
				Arguments.of("galatasaray fenerbahce besiktas", "password.common"),
				Arguments.of("Ankara.Istanbul.2026", "password.common"));
	}

	@ParameterizedTest
	@MethodSource("guessablePasswords")
	void aGuessablePasswordIsRefusedSayingWhy(String password, String messageKey) {
		assertThat(policy.check(password, OWNER)).hasValue(messageKey);
	}

	/**
	 * A retest's: what anyone who knows Türkiye tries early, which zxcvbn's English lists count as random letters; each
	 * typed several ways (case, Turkish letters or not, spaces, punctuation, a year added).
	 */
	static Stream<Arguments> turkishPhrasesAndNames() {
		return Stream.of(
				Arguments.of("Türkiye Cumhuriyeti", "password.phrase"),
				Arguments.of("TÜRKİYE CUMHURİYETİ", "password.phrase"),
				Arguments.of("Turkiye-Cumhuriyeti", "password.phrase"),
				Arguments.of("turkiyecumhuriyeti1923", "password.phrase"),
				Arguments.of("Mustafa Kemal Atatürk", "password.phrase"),
				Arguments.of("MUSTAFA KEMAL ATATURK", "password.phrase"),
				Arguments.of("mustafa.kemal.atatürk", "password.phrase"),
				Arguments.of("Ne mutlu Türk'üm diyene!", "password.phrase"),
				Arguments.of("NEMUTLUTURKUMDIYENE", "password.phrase"),
				Arguments.of("Yurtta sulh, cihanda sulh", "password.phrase"),
				Arguments.of("yurttasulhcihandasulh", "password.phrase"),
				Arguments.of("Korkma, sönmez bu şafaklarda", "password.phrase"),
				Arguments.of("korkma sonmez bu safaklarda yuzen al sancak", "password.phrase"),
				Arguments.of("Hayatta en hakiki mürşit ilimdir", "password.phrase"),
				Arguments.of("hayattaenhakikimursitilimdir", "password.phrase"),
				Arguments.of("Bismillahirrahmanirrahim", "password.phrase"),
				Arguments.of("bismillahir rahmanir rahim", "password.phrase"),
				Arguments.of("seni cok seviyorum 2024", "password.phrase"),
				Arguments.of("Canım annem 1975", "password.phrase"),
				Arguments.of("ya allah ya rabbi", "password.phrase"),
				Arguments.of("Atam izindeyiz!", "password.phrase"),
				Arguments.of("Çarşı her şeye karşı", "password.phrase"),
				Arguments.of("Ayşe Fatma Mehmet", "password.words"),
				Arguments.of("AYŞE-FATMA-MEHMET", "password.words"),
				Arguments.of("Kübra Gülsüm Rabia", "password.words"),
				Arguments.of("kubra gulsum rabia", "password.words"),
				Arguments.of("Defne Eylül Azra", "password.words"),
				Arguments.of("Ömer Faruk Çiftçi", "password.words"),
				Arguments.of("Muhammed Fatima Ahmad", "password.words"),
				Arguments.of("MUHAMMED.FATIMA.AHMAD", "password.words"),
				Arguments.of("Hamza Bilal Zahra", "password.words"));
	}

	@ParameterizedTest
	@MethodSource("turkishPhrasesAndNames")
	void aTurkishPhraseOrAFewCommonNamesAreRefusedHoweverTyped(String password, String messageKey) {
		assertThat(policy.check(password, OWNER)).hasValue(messageKey);
	}

	/**
	 * The list's phrases as written there, and in capitals with a year: each is found whole (none is longer than what is
	 * measured).
	 */
	@Test
	void everyPhraseOfTheListIsRefused() throws IOException {
		List<String> phrases;
		try (var in = getClass().getResourceAsStream("/identity/turkish-phrases.txt")) {
			phrases = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
		}
		assertThat(phrases).hasSizeGreaterThan(50);
		for (String phrase : phrases) {
			assertThat(policy.check(phrase, OWNER)).as(phrase).isPresent();
			assertThat(policy.check(phrase.toUpperCase(Locale.forLanguageTag("tr")) + " 2026", OWNER)).as(phrase)
				.isPresent();
		}
	}

	/**
	 * Only the first characters are measured (zxcvbn's time grows with the cube of the length): guessable ones are
	 * refused whatever follows.
	 */
	@Test
	void aPasswordWhoseBeginningIsGuessableIsRefusedWhateverFollows() {
		assertThat(policy.check("ş".repeat(PasswordPolicy.MEASURED_LENGTH) + " kavanoz pusula yelken", OWNER))
			.hasValue("password.repeated");
	}

	/** What the policy refused as common before it estimated guesses is refused still. */
	@Test
	void theFormerListOfCommonPasswordsIsRefusedStill() throws IOException {
		List<String> former = List.of("123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111",
				"000000000000", "123123123123", "qwertyuiopas", "qwertyuiop123", "qwertyuiop12", "1q2w3e4r5t6y",
				"1qaz2wsx3edc", "password1234", "password12345", "passwordpassword", "password123456", "iloveyou1234",
				"administrator", "administrator1", "adminadmin123", "welcome12345", "welcome123456", "letmein12345",
				"changeme1234", "abcdefghijkl", "abc123456789", "aaaaaaaaaaaa", "asdfghjkl123", "zaq12wsxcde3",
				"sifre1234567", "sifresifre12", "parola123456", "parolaparola", "galatasaray1", "fenerbahce12",
				"besiktas1903", "fenerbahce1907", "galatasaray1905", "trabzonspor61", "mustafakemal", "ataturk19381",
				"istanbul1234", "ankara123456", "turkiye12345");
		for (String password : former) {
			assertThat(policy.check(password, OWNER)).as(password).isPresent();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sabah erken kalkan yol alır", "mavi kapının önünde üç kedi", "kırmızı bisiklet dağa tırmanır",
			"zeytin ağacı rüzgârda eğilir", "kendi parolam uzun ve gizli", "yeni bir parola 2026",
			"correct horse battery staple", "Seven purple tigers dance slowly", "the kettle sings at noon",
			"a long passphrase for the test",
			// with the Turkish names and phrases known: a name or a phrase among unrelated words, random characters
			"kaplumbağa kibrit oklava çınar", "Zeynep kavanoza limon sıkar", "Muhammed turuncu şemsiye taşır",
			"Ayşe pusulasını yelkene bağladı", "seni seviyorum dedi kaplumbağa oklavaya",
			"sabah erken kalkan yol alır, akşam geç yatan hiç uyumaz", "GQ}9Z;+@T)BLpP-5ce%I,Z!Ks)-F*qy{}:=5w><L",
			"%;O}Vs9}$whH$-z||r58A:ZL~cecANDD2u0)6)UI7os)Ww3<;jLFzyUOYmEcy,VOaT^Bmr,m|te)5?WL#U}Xsc%4d4qKD1BQF$RhZFTwjEITLiud/qv/-tqSc^1/>v4f" })
	void aPhraseOfSeveralWordsIsAccepted(String password) {
		assertThat(policy.check(password, OWNER)).isEmpty();
	}

	@Test
	void theLengthIsCountedInCharacters() {
		assertThat(policy.check("kısa parola", OWNER)).hasValue("password.tooShort");
		assertThat(policy.check(null, OWNER)).hasValue("password.tooShort");
		assertThat(policy.check("ağaç".repeat(33), OWNER)).hasValue("password.tooLong");
	}

	@Test
	void aPasswordHoldingTheFullNameOrAPartOfItOfFourLettersOrMoreIsRefused() {
		assertThat(policy.check("Sec Tester 12", named("s.tester", "Sec Tester"))).hasValue("password.containsName");
		assertThat(policy.check("SECTESTER-2026!", named("s.tester", "Sec Tester"))).hasValue("password.containsName");
		assertThat(policy.check("sabah erken kalkan ayse", named("kullanici", "Ayşe Demir")))
			.hasValue("password.containsName");
		assertThat(policy.check("YıLDıRıM gibi hızlı koşar", named("kullanici", "Gül Yıldırım")))
			.hasValue("password.containsName");
		assertThat(policy.check("eve dönen öztürk ailesi", named("kullanici", "Fatma Öztürk-Aydın")))
			.hasValue("password.containsName");
		// the whole name, its words written together, even when each of them is shorter
		assertThat(policy.check("alikoç yaz tatilinde", named("kullanici", "Ali Koç"))).hasValue("password.containsName");
	}

	@Test
	void shorterPartsOfTheNameAndOtherWordsAreAllowed() {
		assertThat(policy.check("koçtan ali geldi bugün", named("kullanici", "Ali Koç"))).isEmpty();
		assertThat(policy.check("sabah erken kalkan yol alır", named("kullanici", "Mehmet Yılmaz"))).isEmpty();
		assertThat(policy.check("sabah erken kalkan yol alır", named("kullanici", null))).isEmpty();
	}

	@Test
	void theUserNameIsFoundAsTurkishLettersAndCaseAside() {
		assertThat(policy.check("İLKER yaz tatilinde 2026", named("ilker", "Başka Ad"))).hasValue("password.containsUsername");
		assertThat(policy.check("bizim ilker.kaya evde", named("ilker.kaya", null))).hasValue("password.containsUsername");
	}

	/** Every message the policy can give is in both bundles (the bundles' own test checks they match). */
	/**
	 * A new password that is the current one written another way, which whoever saw the current one (the administrator
	 * who set it, the note it was handed over on) tries first: in other capitals, without Turkish letters, with spaces
	 * or punctuation added or taken out, with something added to it, or a part of it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "mavi kalem sarı deniz uçar 77", "Mavi Kalem Sarı Deniz Uçar 77",
			"MAVİ KALEM SARI DENİZ UÇAR 77", "mavi kalem sari deniz ucar 77", "mavikalemsarıdenizuçar77",
			"mavi-kalem-sarı-deniz-uçar-77!", "Mavi kalem, sarı deniz; uçar 77.", "mavi kalem sarı deniz uçar 77 78",
			"yeni: mavi kalem sarı deniz uçar 77", "kalem sarı deniz uçar", "mavi kalem sarı deniz" })
	void aPasswordThatIsTheCurrentOneWrittenAnotherWayIsDerivedFromIt(String fresh) {
		assertThat(PasswordPolicy.derivedFrom(fresh, "mavi kalem sarı deniz uçar 77")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mor kalem yeşil deniz konar 78", "sarı kalem mavi deniz uçar 77",
			"mavi kalem sarı deniz uçar 76" })
	void anotherPasswordIsNotDerivedFromIt(String fresh) {
		assertThat(PasswordPolicy.derivedFrom(fresh, "mavi kalem sarı deniz uçar 77")).isFalse();
	}

	/** A current password of nothing but spaces and punctuation (set before the policy) is compared as it is written. */
	@Test
	void aCurrentPasswordOfNoLettersOrDigitsIsComparedAsWritten() {
		assertThat(PasswordPolicy.derivedFrom("!!!! ???? ....", "!!!! ???? ....")).isTrue();
		assertThat(PasswordPolicy.derivedFrom("gün batarken deniz kıyısı", "!!!! ???? ....")).isFalse();
	}

	@Test
	void everyMessageKeyIsInTheBundle() throws IOException {
		var bundle = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/i18n/identity/messages.properties")) {
			bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Stream.concat(guessablePasswords(), turkishPhrasesAndNames()).map(a -> (String) a.get()[1])
			.forEach(key -> assertThat(bundle).containsKey(key));
		assertThat(bundle).containsKey("password.guessable");
	}

	private static PasswordOwner named(String username, String fullName) {
		return new PasswordOwner(username, fullName, null, null);
	}

}
