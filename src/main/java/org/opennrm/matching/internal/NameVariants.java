package org.opennrm.matching.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Very common names whose spellings are too far apart for string distance (Mehmet and Muhammad) or whose
 * consonants collide with another name's (Hasan and Hüseyin are both k-s-n once vowels go). Written from the
 * naming traditions of Türkiye's caseload; tokens as the normaliser writes them (ASCII, lower case).
 */
public final class NameVariants {

	private static final String[][] GROUPS = {
			{ "muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "muhamed", "muhamad", "mehmet",
					"mehmed", "magomed", "mamed", "mammad", "mahammad", "muhammet", "mohammadi", "mhmd", "mukhammad",
					"mukhammed", "mukhamed", "mukhamad", "mukhammet",
					// abbreviated, as Bangladeshi (Md.), Syrian (Mhd) and Malaysian (Mohd) papers write it
					"md", "mhd", "mohd", "muhd" },
			{ "ahmad", "ahmed", "ahmet", "akhmed", "akhmad", "ahmat", "hmd" },
			{ "mahmoud", "mahmud", "mahmut", "makhmud", "mahmood", "mamud", "mhmwd" },
			{ "hasan", "hassan", "hasen", "gasan", "khasan", "hsn" },
			{ "husayn", "hussein", "hussain", "husein", "hosein", "hossein", "huseyin", "huseyn", "guseyn", "huseyni",
					"hosseini", "husseini", "hoseini", "huseini", "hsyn", "hsyny", "khusein", "khuseyn", "khussein", "khusayn",
					"khusain", "khuseyin" },
			{ "fatima", "fatma", "fatemeh", "fatemah", "fatimah", "fatime", "ftmh", "ftm", "fatme" },
			{ "aisha", "aysha", "ayse", "aishah", "ayesha", "aisa", "aysa", "ayshe", "aesha", "aayshe", "aaysha", "ash", "aysh" },
			{ "zainab", "zaynab", "zeynep", "zeinab", "zeynab", "sinab", "znb", "zynb" },
			{ "maryam", "meryem", "mariam", "mariyam", "maryem", "marjam", "meriem", "mrym" },
			{ "ibrahim", "ebrahim", "ibragim", "ibrohim", "brahim", "brhym", "abrhym" },
			{ "yusuf", "yousef", "youssef", "yosef", "jusuf", "jussuf", "yusif", "yousif", "usuf", "youcef", "youssouf",
					"ywsf" },
			{ "omar", "umar", "omer", "umer", "amr", "mr" },
			{ "uthman", "osman", "othman", "usman", "ousmane", "asman", "thman" },
			{ "abdullah", "abdallah", "abdulla", "abdollah", "btllh" },
			{ "mustafa", "mostafa", "moustafa", "mustapha", "mstf" },
			{ "khadija", "hatice", "khadijeh", "hadice", "khadidja", "chadidscha", "hdyj" },
			{ "jamal", "cemal", "djamal", "dzhamal", "jml" },
			{ "jafar", "cafer", "jaafar", "dzhafar" },
			{ "hamza", "hamze", "hamzah" },
			// Jesus, Aïssa as Maghrebi French writes it (not Aisa, a spelling of Aisha)
			{ "isa", "issa", "aissa", "eisa", "iisa" },
			{ "suleiman", "suleyman", "sulayman", "soleiman", "sulaiman", "slymn" },
			{ "yaqub", "yakup", "yakub", "yagub", "jakub", "yaghoub", "yqwb" },
			{ "ismail", "ismayil", "esmail", "ismoil", "smayl" },
			{ "kazim", "kazem", "kadhim", "kadim", "kazym", "kzm" },
			{ "sheikh", "shaikh", "sheik", "shaykh", "sheykh", "seyh", "sheyh", "shykh" },
			{ "sayyid", "sayed", "sayid", "seyyid", "seyit", "seyyit", "seyed", "sayyed", "syd" },
			{ "said", "saeed", "saied", "sait", "saeid", "saiid" },
			{ "osama", "usama", "usame", "osame", "asame", "asama" },
			{ "huda", "houda", "hoda", "hda", "hdy" },
			{ "farrukh", "farrux", "ferruh", "farukh", "farrokh" },
			{ "omid", "omeed", "umid", "amyd" },
			{ "aibek", "aybek", "oybek", "ajbek" },
			{ "ubaydi", "ubaidi", "ubeydi", "obeidi", "obaidi", "ubydy" },
	};

	private static final Map<String, Integer> CLASS = index();

	private NameVariants() {
	}

	private static Map<String, Integer> index() {
		Map<String, Integer> map = new HashMap<>();
		for (int i = 0; i < GROUPS.length; i++) {
			for (String name : GROUPS[i]) {
				map.putIfAbsent(name, i);
			}
		}
		return Map.copyOf(map);
	}

	/** 1 when both are known variants of one name, -1 when both are known names of different groups, else 0. */
	public static int relation(String a, String b) {
		Integer x = CLASS.get(a);
		Integer y = CLASS.get(b);
		if (x == null || y == null) {
			return 0;
		}
		return x.equals(y) ? 1 : -1;
	}

	/**
	 * The everyday forms of Russian, Ukrainian, Belarusian and Georgian given names that a person tells a police officer
	 * or an NGO ("Sasha", "Masha", "Seryozha", "Keti") while papers write the full name (Aleksandr or Aleksandra,
	 * Mariya, Sergey, Ketevan): no spelling rule leads from one to the other. Each form in the spellings the normaliser
	 * writes (from Cyrillic, English, German and Turkish renderings), with the full name it stands for. Forms shared by
	 * names of other traditions of the caseload are left out: Nadia, Dima, Masa (ماسة) and Galia are also Arabic names,
	 * Paşa a Turkish one; Slava stands for several; Alena and Katerina are names of their own.
	 */
	private static final String[][] EVERYDAY_FORMS = {
			{ "aleksandr", "sasha", "sascha", "sasa", "sacha", "shura", "sanya" },
			{ "aleksey", "alesha", "alyosha", "lyosha", "lesha", "aljoscha", "aljosha" },
			{ "anastasiya", "nastya", "nastia", "nastja", "nastena" },
			{ "andrey", "andryusha", "andriusha", "andrusha" },
			{ "anna", "anya", "ania", "anja", "anechka", "nyura" },
			{ "boris", "borya", "boria" },
			{ "dmitriy", "dimka", "dimochka" },
			{ "ekaterina", "katya", "katia", "katja", "katyusha", "katiusha" },
			{ "elena", "lena", "lenochka" },
			{ "evgeniy", "zhenya", "zhenia", "zhenja", "jenya", "jenja", "shenja", "schenja" },
			{ "galina", "galya", "galja" },
			{ "grigoriy", "grisha", "grischa" },
			{ "irina", "ira", "irochka" },
			{ "ivan", "vanya", "vania", "vanja", "vanyusha" },
			{ "konstantin", "kostya", "kostia", "kostja" },
			{ "kseniya", "ksyusha", "ksusha", "ksiusha" },
			{ "lyubov", "lyuba", "luba", "ljuba" },
			{ "lyudmila", "lyuda", "luda", "ljuda" },
			{ "mariya", "masha", "mascha", "manya" },
			{ "mikhail", "misha", "mischa", "misa" },
			{ "nadezhda", "nadya", "nadja", "nadyusha" },
			{ "natalya", "natasha", "natascha", "natasa" },
			{ "nikolay", "kolya", "kolia", "kolja" },
			{ "olga", "olya", "olia", "olja", "olenka" },
			{ "pavel", "pasha", "pascha" },
			{ "petr", "petya", "petia", "petja" },
			{ "sergey", "serezha", "seryozha", "seriozha", "serjoscha", "serega" },
			{ "svetlana", "sveta" },
			{ "tatyana", "tanya", "tania", "tanja", "tanyusha" },
			{ "valentina", "valya", "valia", "valja" },
			{ "viktor", "vitya", "vitia", "vitja" },
			{ "vladimir", "vova", "volodya", "volodia", "volodja" },
			{ "anatoliy", "tolya", "tolia", "tolja" },
			{ "yuliya", "yulya", "julja", "yulechka" },
			{ "viktoriya", "vika" },
			// Georgian, whose people of the caseload come through Russian papers as often as their own
			{ "ketevan", "keti", "ketino" },
			{ "davit", "dato" },
			{ "giorgi", "gio", "gogi" },
			{ "ioseb", "soso" },
			{ "tamar", "tamuna" },
	};

	private static final Map<String, String> FULL_NAME = fullNames(EVERYDAY_FORMS);

	private static Map<String, String> fullNames(String[][] table) {
		Map<String, String> map = new HashMap<>();
		for (String[] forms : table) {
			for (int i = 1; i < forms.length; i++) {
				map.put(forms[i], forms[0]);
			}
		}
		return Map.copyOf(map);
	}

	/** The full name an everyday form stands for ("sasha": "aleksandr"), or null for any other token. */
	public static String fullName(String token) {
		return FULL_NAME.get(token);
	}

	/**
	 * Everyday forms that are family names too: Hamoudi and Hamo, what Arab and Kurdish homes call a Muhammad, are
	 * Iraqi and Syrian Kurdish family names; Memo (Mehmet) and Biro (Ibrahim) are family names as well. So they are
	 * read as the full name only where both records write the two names among their given names
	 * ({@code NameComparison.givenNameForms}), and keyed both ways: "Hamoudi Hariri" is "Muhammad Hariri", "Fatima
	 * Hamo" is not "Fatima Mohammad".
	 */
	private static final String[][] GIVEN_NAME_FORMS = {
			{ "muhammad", "hamoudi", "hamoudy", "hamudi", "hamoodi", "hamoody", "hamo" },
			{ "mehmet", "memo" },
			{ "ibrahim", "biro" },
	};

	private static final Map<String, String> GIVEN_FULL_NAME = fullNames(GIVEN_NAME_FORMS);

	/** The full name an everyday form stands for when written as a given name ("hamoudi": "muhammad"), or null. */
	public static String givenFullName(String token) {
		return GIVEN_FULL_NAME.get(token);
	}

}
