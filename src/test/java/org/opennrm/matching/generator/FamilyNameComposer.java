package org.opennrm.matching.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Family names composed the way each tradition forms them from given names or roots. Gives the catalog the long tail
 * of family names a register of a million people has; the hand-written catalog holds the frequent head.
 */
final class FamilyNameComposer {

    private static final Locale TR = Locale.forLanguageTag("tr");

    private final Set<String> primaryForms = new HashSet<>();
    /** Every written form of every family name, loosely normalised: a composite equal to one of them is not new. */
    private final Set<String> knownForms = new HashSet<>();
    private final List<CanonicalName> composed = new ArrayList<>();

    private FamilyNameComposer(List<CanonicalName> catalog) {
        for (CanonicalName n : catalog) {
            if (n.kind() == CanonicalName.Kind.FAMILY) {
                primaryForms.add(primary(n.forms()));
                n.forms().values().forEach(list -> list.forEach(f -> knownForms.add(loose(f))));
            }
        }
    }

    static List<CanonicalName> compose(List<CanonicalName> catalog) {
        FamilyNameComposer c = new FamilyNameComposer(catalog);
        List<CanonicalName> men = catalog.stream().filter(n -> n.kind() == CanonicalName.Kind.MALE).toList();
        for (CanonicalName g : men) {
            c.arabic(g);
            c.persian(g);
            c.turkicAndRussian(g);
            c.ukrainian(g);
        }
        c.turkish();
        c.georgian();
        c.yoruba();
        return c.composed;
    }

    // ---- Arabic: nisba (al-Hassani), Abu- names (Abu Khalil), a father's name become family name (Ibrahim)
    private void arabic(CanonicalName g) {
        double syr = g.weight(Population.SYRIAN), irq = g.weight(Population.IRAQI);
        if (syr + irq == 0 || !g.has("ar") || g.first("ar").contains(" ")) return;
        String ar = g.first("ar");
        String en = g.first("en");
        boolean vowelEnd = ar.matches(".*[ةىاء]") || en.matches(".*[aeiouy]");
        if (!vowelEnd) {
            add("f_nisba_" + g.id(), true, weights(Population.SYRIAN, syr * 0.10, Population.IRAQI, irq * 0.10),
                    suffixed(g, Map.of("ar", "ي", "cy", "и"), "i"));
        }
        Map<String, List<String>> abu = new LinkedHashMap<>();
        abu.put("ar", List.of("أبو " + ar, "ابو " + ar));
        abu.put("en", List.of("Abu " + en, "Abou " + en, "Abu-" + en));
        abu.put("tr", List.of("Ebu " + first(g, "tr"), "Abu " + en));
        abu.put("fr", List.of("Abou " + first(g, "fr")));
        abu.put("de", List.of("Abu " + first(g, "de")));
        if (g.has("cy")) abu.put("cy", List.of("Абу " + g.first("cy")));
        add("f_abu_" + g.id(), false, weights(Population.SYRIAN, syr * 0.07, Population.IRAQI, irq * 0.05), abu);
        Map<String, List<String>> plain = new LinkedHashMap<>();
        for (String key : List.of("ar", "fa", "en", "tr", "fr", "de", "cy")) {
            if (g.has(key)) plain.put(key, g.forms(key));
        }
        add("f_plain_" + g.id(), false, weights(Population.SYRIAN, syr * 0.10, Population.IRAQI, irq * 0.10), plain);
    }

    // ---- Persian and Afghan: -i, -zadeh, -pour (Iran); -zai, -yar, -khil (Afghanistan)
    private void persian(CanonicalName g) {
        double irn = g.weight(Population.IRANIAN), afg = g.weight(Population.AFGHAN);
        if (irn + afg == 0 || !g.has("fa")) return;
        String fa = g.first("fa");
        if (fa.contains(" ") || fa.contains("\u200c") || fa.endsWith("ه") || fa.endsWith("ا")) return;
        suffix(g, "i", "ی", List.of("i"), "i", "и", irn * 0.05, afg * 0.05);
        suffix(g, "zadeh", "زاده", List.of("zadeh", "zade", "zada"), "zade", "заде", irn * 0.06, 0);
        suffix(g, "pour", "پور", List.of("pour", "pur", "poor"), "pur", "пур", irn * 0.05, 0);
        suffix(g, "zai", "زی", List.of("zai", "zay", "zei"), "zay", "зай", 0, afg * 0.06);
        suffix(g, "yar", "یار", List.of("yar", "yaar"), "yar", "яр", 0, afg * 0.04);
        suffix(g, "khil", "خیل", List.of("khil", "khel", "khail"), "hil", "хиль", 0, afg * 0.04);
    }

    private void suffix(CanonicalName g, String tag, String fa, List<String> latin, String tr, String cy,
                        double irn, double afg) {
        if (irn + afg == 0) return;
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("fa", List.of(g.first("fa") + fa));
        forms.put("ar", List.of(toArabicLetters(g.first("fa") + fa)));
        List<String> base = g.has("pe") ? g.forms("pe") : g.forms("en");
        List<String> en = new ArrayList<>();
        for (String s : latin) {
            for (String b : base.subList(0, Math.min(2, base.size()))) {
                if (!b.contains(" ")) en.add(b + s);
            }
        }
        if (en.isEmpty()) return;
        if (latin.get(0).length() > 2) en.add(base.get(0) + "-" + capitalize(latin.get(0)));
        forms.put("en", en);
        forms.put("tr", List.of(first(g, "tr").replace(" ", "") + tr));
        if (g.has("cy")) forms.put("cy", List.of(g.first("cy").replace(" ", "") + cy));
        add("f_" + tag + "_" + g.id(), false, weights(Population.IRANIAN, irn, Population.AFGHAN, afg), forms);
    }

    // ---- Turkic and Russian: -ov/-ev from a given name (Karimov, Aliyev, Orazow, Sergeev)
    private void turkicAndRussian(CanonicalName g) {
        if (!g.has("cy") || g.first("cy").contains(" ")) return;
        Map<Population, Double> w = new EnumMap<>(Population.class);
        for (Population p : List.of(Population.UZBEK, Population.KYRGYZ, Population.TURKMEN, Population.AZERBAIJANI)) {
            if (g.weight(p) > 0) w.put(p, g.weight(p) * 0.25);
        }
        if (g.weight(Population.RUSSIAN) > 0 && !g.id().equals("ivan") && !g.id().equals("mikhail")) {
            w.put(Population.RUSSIAN, g.weight(Population.RUSSIAN) * 0.25);
        }
        if (w.isEmpty()) return;
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("cy", List.of(ovCyrillic(g.first("cy"))));
        if (g.has("uz")) forms.put("uz", List.of(ovLatin(g.first("uz"), "ov", "yev")));
        if (g.has("az")) forms.put("az", List.of(ovLatin(g.first("az"), "ov", "yev")));
        if (g.has("tk")) forms.put("tk", List.of(ovLatin(g.first("tk"), "ow", "ýew")));
        if (!g.first("en").contains(" ")) forms.put("en", List.of(ovLatin(g.first("en"), "ov", "yev")));
        add("f_ov_" + g.id(), false, w, forms);
    }

    // ---- Ukrainian: -enko (Ivanenko, Serhiienko)
    private void ukrainian(CanonicalName g) {
        if (g.weight(Population.UKRAINIAN) == 0 || !g.has("uk")) return;
        String uk = g.first("uk");
        String stem = uk.endsWith("й") ? uk.substring(0, uk.length() - 1) + "є"
                : uk.matches(".*[оа]") ? uk.substring(0, uk.length() - 1) : uk;
        String fam = stem + (stem.endsWith("є") ? "нко" : "енко");
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("uk", List.of(fam));
        forms.put("cy", List.of(fam.replace("є", "е").replace("і", "и")));
        add("f_enko_" + g.id(), false, weights(Population.UKRAINIAN, g.weight(Population.UKRAINIAN) * 0.2, null, 0),
                forms);
    }

    // ---- Turkish compound surnames (Karakaya, Öztürk-like) and -oğlu names (Hacıoğlu / Hacı Oğlu / Hacioglu)
    private void turkish() {
        String[] prefixes = {"Öz", "Kara", "Ak", "Er", "Gök", "Ay", "Al", "Tan", "Kar", "Taş", "Uz", "Bal", "Çak", "Ateş"};
        String[] suffixes = {"türk", "demir", "kaya", "can", "han", "taş", "soy", "men", "el", "dağ", "gül", "er",
                "çelik", "yurt", "koç", "kan", "doğan", "yıldız", "aslan", "bay", "tekin", "bulut"};
        for (String p : prefixes) {
            for (String s : suffixes) {
                String name = p + s;
                double w = 0.5 + Math.floorMod(name.hashCode(), 7) * 0.4;
                add("f_tr_" + asciiFold(name).toLowerCase(Locale.ROOT), false,
                        weights(Population.TURKISH, w, null, 0), Map.of("tr", List.of(name)));
            }
        }
        for (String root : List.of("Kara", "Hacı", "Osman", "Ali", "Hasan", "Mustafa", "Emin", "Yusuf", "Kadı",
                "Bayram", "Dede", "Çavuş", "Molla", "Şeyh", "Mehmet", "İbrahim")) {
            String ascii = asciiFold(root);
            Map<String, List<String>> forms = new LinkedHashMap<>();
            forms.put("tr", List.of(root + "oğlu", root + " Oğlu"));
            forms.put("en", List.of(ascii + "oglu", ascii + "oghlu", ascii + " Oglu"));
            forms.put("fr", List.of(ascii + "oglou"));
            forms.put("az", List.of(root.replace("ı", "i") + "oğlu"));
            add("f_oglu_" + ascii.toLowerCase(Locale.ROOT), false,
                    weights(Population.TURKISH, 1.2, Population.AZERBAIJANI, 0.8), forms);
        }
    }

    // ---- Georgian -shvili / -dze
    private void georgian() {
        String[] roots = {"Gela", "Khutsi", "Tabata", "Gogi", "Kviriki", "Mamuka", "Tsitsi", "Japari", "Mchedli",
                "Datu", "Natela", "Beri", "Abashi", "Kapana", "Gogoberi", "Papuna", "Maisura", "Lomi", "Giorga",
                "Chkhei", "Nadiba", "Kikna", "Bakura", "Chiko", "Merabi", "Kobali"};
        for (String r : roots) {
            for (String s : List.of("shvili", "dze")) {
                String en = r + s;
                Map<String, List<String>> forms = new LinkedHashMap<>();
                forms.put("en", List.of(en));
                forms.put("cy", List.of(georgianLatinToCyrillic(en)));
                forms.put("de", List.of(en.replace("sh", "sch").replace("Kh", "Ch").replace("kh", "ch")));
                add("f_ge_" + en.toLowerCase(Locale.ROOT), false,
                        weights(Population.GEORGIAN, 1 + Math.floorMod(en.hashCode(), 5) * 0.5, null, 0), forms);
            }
        }
    }

    // ---- Yoruba and Igbo compounds (Adeyemi, Oluwole, Nwachukwu-like)
    private void yoruba() {
        String[] pre = {"Ade", "Olu", "Ogun", "Oye", "Ola", "Afo", "Aki", "Oke", "Ayo", "Fola"};
        String[] suf = {"yemi", "bayo", "wale", "tunde", "kunle", "lade", "mola", "sola", "labi", "niyi", "femi", "dele"};
        for (String p : pre) {
            for (String s : suf) {
                String en = p + s;
                add("f_ng_" + en.toLowerCase(Locale.ROOT), false,
                        weights(Population.NIGERIAN, 0.5 + Math.floorMod(en.hashCode(), 5) * 0.3, null, 0),
                        Map.of("en", List.of(en)));
            }
        }
        for (String p : List.of("Nwa", "Oko", "Eze", "Obi", "Uche", "Ike")) {
            for (String s : List.of("chukwu", "nkwo", "nna", "dike", "ndu", "kwe", "meka")) {
                String en = p + s;
                add("f_ng_" + en.toLowerCase(Locale.ROOT), false,
                        weights(Population.NIGERIAN, 0.5 + Math.floorMod(en.hashCode(), 5) * 0.3, null, 0),
                        Map.of("en", List.of(en)));
            }
        }
    }

    // ---- helpers

    private void add(String id, boolean article, Map<Population, Double> weights, Map<String, List<String>> forms) {
        weights.values().removeIf(w -> w <= 0);
        if (weights.isEmpty()) return;
        String primary = primary(forms);
        if (primary == null || primaryForms.contains(primary)) return;
        for (List<String> list : forms.values()) {
            for (String f : list) if (knownForms.contains(loose(f))) return;
        }
        primaryForms.add(primary);
        forms.values().forEach(list -> list.forEach(f -> knownForms.add(loose(f))));
        composed.add(new CanonicalName(id, CanonicalName.Kind.FAMILY, article, weights, forms));
    }

    private static String primary(Map<String, List<String>> forms) {
        for (String key : List.of("en", "tr", "uz", "az", "tk", "ro", "cy", "uk", "ar", "fa")) {
            List<String> f = forms.get(key);
            if (f != null && !f.isEmpty()) return key.equals("cy") || key.equals("uk") || key.equals("ar")
                    || key.equals("fa") ? key + ":" + f.get(0) : asciiFold(f.get(0)).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Folds spelling differences that do not make a different name (Hassanov/Hasanov, Khusein/Husein). */
    static String loose(String s) {
        String x = asciiFold(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")
                .replace("kh", "h").replace("ou", "u").replace('y', 'i').replace("ё", "е");
        return x.replaceAll("(\\p{L})\\1", "$1");
    }

    private static Map<String, List<String>> suffixed(CanonicalName g, Map<String, String> scriptSuffix, String latin) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (var e : g.forms().entrySet()) {
            String key = e.getKey();
            if (key.startsWith("p") && !key.equals("pe") || key.startsWith("up")) continue;
            String suffix = scriptSuffix.getOrDefault(key, latin);
            if (key.equals("fa")) suffix = "ی";
            List<String> values = new ArrayList<>();
            for (String v : e.getValue()) {
                if (!v.contains(" ") && !v.contains("-")) values.add(v + suffix);
            }
            if (!values.isEmpty()) forms.put(key, values);
        }
        return forms;
    }

    private static Map<Population, Double> weights(Population a, double wa, Population b, double wb) {
        Map<Population, Double> w = new EnumMap<>(Population.class);
        if (a != null && wa > 0) w.put(a, wa);
        if (b != null && wb > 0) w.put(b, wb);
        return w;
    }

    private static String first(CanonicalName g, String key) {
        return g.has(key) ? g.first(key) : g.first("en");
    }

    static String ovCyrillic(String cy) {
        if (cy.endsWith("й") || cy.endsWith("ь")) return cy.substring(0, cy.length() - 1) + "ев";
        if (cy.matches(".*[аеиоуыэюя]")) return cy + "ев";
        return cy + "ов";
    }

    private static String ovLatin(String s, String afterConsonant, String afterVowel) {
        return s.matches(".*[aeiouəıyAEIOU]") ? s + afterVowel : s + afterConsonant;
    }

    private static String toArabicLetters(String persian) {
        return persian.replace('ی', 'ي').replace('ک', 'ك');
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(TR) + s.substring(1);
    }

    static String asciiFold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case 'ı' -> "i"; case 'İ' -> "I"; case 'ş', 'ș' -> "s"; case 'Ş', 'Ș' -> "S"; case 'ç' -> "c";
                case 'Ç' -> "C"; case 'ğ' -> "g"; case 'Ğ' -> "G"; case 'ö' -> "o"; case 'Ö' -> "O"; case 'ü' -> "u";
                case 'Ü' -> "U"; case 'ə' -> "e"; case 'Ə' -> "E"; case 'ţ', 'ț' -> "t"; case 'Ţ', 'Ț' -> "T";
                case 'ă', 'â' -> "a"; case 'Ă', 'Â' -> "A"; case 'î' -> "i"; case 'Î' -> "I"; case 'ý' -> "y";
                case 'Ý' -> "Y"; case 'ň' -> "n"; case 'ž' -> "z"; case 'Ž' -> "Z"; case 'ä' -> "a"; case 'Ä' -> "A";
                case 'ï' -> "i"; case 'ë' -> "e"; case 'é', 'è' -> "e"; case 'É' -> "E"; case 'ú' -> "u"; case 'ṣ' -> "s";
                case 'ʻ', 'ʼ', '\'' -> "'";
                default -> String.valueOf(c);
            });
        }
        return b.toString();
    }

    private static final String[][] GEORGIAN_TO_CYRILLIC = {
            {"shv", "шв"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"zh", "ж"}, {"dz", "дз"}, {"gh", "г"},
            {"a", "а"}, {"b", "б"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"v", "в"}, {"z", "з"}, {"t", "т"}, {"i", "и"},
            {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"u", "у"},
            {"q", "к"}, {"j", "дж"}, {"y", "й"}, {"c", "ц"}, {"f", "ф"}, {"h", "х"}};

    static String georgianLatinToCyrillic(String latin) {
        String s = latin.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < s.length()) {
            for (String[] m : GEORGIAN_TO_CYRILLIC) {
                if (s.startsWith(m[0], i)) {
                    out.append(m[1]);
                    i += m[0].length();
                    continue outer;
                }
            }
            out.append(s.charAt(i++));
        }
        return out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
    }
}
