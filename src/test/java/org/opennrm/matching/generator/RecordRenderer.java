package org.opennrm.matching.generator;

import org.opennrm.matching.generator.Agency.Style;
import org.opennrm.matching.generator.Population.NameSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one person down the way one agency would: picks the spelling convention or script, which name parts are
 * recorded and in which fields, then adds the variation real registers show (compound names split or joined,
 * articles, letter variants, lost diacritics, typos, case) and the date, sex and citizenship as that agency records
 * them. Every variation applied is named in the record's {@code variations} so tests can check it occurs.
 */
final class RecordRenderer {

    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final String SUN_LETTERS = "تثدذرزسشصضطظلن";
    private static final Pattern JOIN = Pattern.compile(
            "(?i)\\b(abdul|abdel|abdur|abd|abu|abou|ebu|gul|gül|mohammad|muhammad|ali|zia|shams|nur|mir)[ -](\\p{L})");
    private static final Pattern JOIN_SUFFIX = Pattern.compile(
            "(?i)(\\p{L}{3,})[ -](ullah|ulla|ud-?din|uddin|ul-?haq|oğlu|oglu|zadeh|zade)\\b");
    private static final Pattern SPLIT_PREFIX = Pattern.compile(
            "(?i)^(abdul|abdel|abdur|abu|abou|gul|mohammad|ali|mir)(\\p{L}{3,})$");
    private static final Pattern SPLIT_SUFFIX = Pattern.compile(
            "(?i)^(\\p{L}{3,}?)(ullah|ulla|uddin|oğlu|oglu|zadeh|zade|khil)$");

    private final Random r;
    private final Person p;
    private final Agency agency;
    private final TreeSet<String> tags = new TreeSet<>();
    private int caseMode;

    private RecordRenderer(Person p, Agency agency, Random r) {
        this.p = p;
        this.agency = agency;
        this.r = r;
    }

    static GeneratedRecord render(String id, Person person, Agency agency, Random random) {
        return new RecordRenderer(person, agency, random).render(id);
    }

    private GeneratedRecord render(String id) {
        Style style = pickStyle();
        tags.add("agency:" + agency.name().toLowerCase(Locale.ROOT));

        boolean withFather = p.father() != null && (!p.fatherDroppable() || r.nextDouble() < fatherRate(style));
        boolean withSecond = p.secondGiven() != null && r.nextDouble() < 0.7;
        if (p.fatherDroppable()) tags.add(withFather ? "father_name" : "father_name_dropped");
        if (p.secondGiven() != null && !withSecond) tags.add("second_given_dropped");
        List<String> key = new ArrayList<>();
        key.add(p.given().id());
        if (withSecond) key.add(p.secondGiven().id());
        if (withFather) key.add("p:" + p.father().id());
        if (p.family() != null) key.add(p.family().id());

        Names names = names(style, withFather, withSecond);
        String given;
        String family;
        String full = "";
        if (r.nextDouble() < agency.oneField) {
            tags.add("one_field");
            full = oneField(names, style);
            given = "";
            family = "";
        } else {
            given = names.given;
            if (withFather && p.family() != null) given = given + " " + names.fatherWithParticle(this);
            family = p.family() != null ? names.family : names.father;
            if (r.nextDouble() < agency.swap) {
                tags.add("swap");
                String t = given;
                given = family;
                family = t;
            }
            if (r.nextDouble() < agency.original && hasOtherNativeScript(style)) {
                tags.add("original_script");
                Names nat = new RecordRenderer(p, agency, r).names(Style.NATIVE_SCRIPT, withFather, withSecond);
                full = oneField(nat, Style.NATIVE_SCRIPT);
            }
        }
        caseMode = pickCase();
        given = finish(given, style, false);
        family = finish(family, style, true);
        full = finish(full, style, false);
        if (given.isEmpty() && family.isEmpty() && full.isEmpty()) full = names.given;
        tags.add("script:" + scriptTag(given + family + full));

        String[] date = date();
        String sex = sex();
        String citizenship = citizenship();
        return new GeneratedRecord(id, p.id(), p.familyId(), agency.name(), given, family, full, date[0], date[1], sex,
                citizenship, String.join("+", new TreeSet<>(key)), Set.copyOf(tags));
    }

    // ------------------------------------------------------------------ choosing how to write

    private Style pickStyle() {
        double total = agency.styles.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = r.nextDouble() * total;
        Style style = Style.ENGLISH;
        for (Map.Entry<Style, Double> e : agency.styles.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            x -= e.getValue();
            if (x <= 0) {
                style = e.getKey();
                break;
            }
        }
        NameSource src = p.population().source;
        if ((style == Style.NATIVE_SCRIPT || style == Style.NATIVE_LATIN) && src == NameSource.TURKISH) {
            style = Style.TURKISH;
        }
        if (style == Style.NATIVE_SCRIPT && src == NameSource.NIGERIAN) style = Style.NATIVE_LATIN;
        if (style == Style.RUSSIAN_CYRILLIC && !p.given().has("cy")) style = Style.ENGLISH;
        tags.add("style:" + style.name().toLowerCase(Locale.ROOT));
        return style;
    }

    private double fatherRate(Style style) {
        if (p.population().source.slavic() || p.population().source.cyrillicBased()) {
            return style == Style.NATIVE_SCRIPT || style == Style.RUSSIAN_CYRILLIC ? 0.9 : agency.father * 0.4;
        }
        return agency.father;
    }

    private boolean hasOtherNativeScript(Style style) {
        NameSource s = p.population().source;
        return style != Style.NATIVE_SCRIPT && (s.usesArabicScript() || s.cyrillicBased() || s.slavic());
    }

    // ------------------------------------------------------------------ name tokens

    private record Names(String given, String father, String family, boolean arabicParticle, Style style,
                         boolean female) {
        String fatherWithParticle(RecordRenderer rr) {
            if (!arabicParticle || father == null || rr.r.nextDouble() > 0.15) return father;
            rr.tags.add("particle");
            boolean arabicScript = Typos.Script.of(father) == Typos.Script.ARABIC;
            String particle = arabicScript ? (female ? "بنت" : "بن")
                    : female ? "bint" : style == Style.FRENCH ? "ben" : rr.r.nextBoolean() ? "bin" : "ibn";
            return particle + " " + father;
        }
    }

    private Names names(Style style, boolean withFather, boolean withSecond) {
        String given = token(p.given(), style);
        if (withSecond) given = given + " " + token(p.secondGiven(), style);
        String father = withFather || p.family() == null ? fatherToken(style) : null;
        String family = p.family() != null ? familyToken(p.family(), style) : null;
        return new Names(given, father, family, p.population().source.usesArabicScript(), style, p.female());
    }

    private String token(CanonicalName n, Style style) {
        String s = rawToken(n, style);
        if (r.nextDouble() < 0.15) {
            String t = toggleCompound(s);
            if (!t.equals(s)) {
                tags.add("compound");
                s = t;
            }
        }
        return s;
    }

    private String rawToken(CanonicalName n, Style style) {
        NameSource src = p.population().source;
        switch (style) {
            case NATIVE_SCRIPT -> {
                String s = switch (src) {
                    case ARABIC -> arabicScript(n, false);
                    case PERSIAN -> arabicScript(n, true);
                    case UKRAINIAN -> n.has("uk") ? pick(n.forms("uk")) : cyrillic(n);
                    case NIGERIAN, TURKISH -> null;
                    default -> cyrillic(n);
                };
                return s != null ? s : rawToken(n, Style.NATIVE_LATIN);
            }
            case RUSSIAN_CYRILLIC -> {
                String s = cyrillic(n);
                return s != null ? s : rawToken(n, Style.ENGLISH);
            }
            case NATIVE_LATIN -> {
                String key = switch (src) {
                    case UZBEK -> "uz"; case TURKMEN -> "tk"; case AZERI -> "az"; case ROMANIAN -> "ro";
                    case TURKISH -> "tr"; default -> null;
                };
                if (key != null && n.has(key)) return pick(n.forms(key));
                if ((src.cyrillicBased() || src.slavic()) && n.has("cy")) {
                    String cy = src == NameSource.UKRAINIAN && n.has("uk") ? n.first("uk") : n.first("cy");
                    return CyrillicRomanizer.romanize(cy, CyrillicRomanizer.System.ICAO, src == NameSource.UKRAINIAN);
                }
                return latin(n, Style.ENGLISH);
            }
            default -> {
                return latin(n, style);
            }
        }
    }

    private String latin(CanonicalName n, Style style) {
        NameSource src = p.population().source;
        String nativeKey = switch (src) {
            case UZBEK -> "uz"; case TURKMEN -> "tk"; case AZERI -> "az"; case ROMANIAN -> "ro"; default -> null;
        };
        boolean fromCyrillic = (src.cyrillicBased() || src.slavic() || src == NameSource.ROMANIAN
                || src == NameSource.GEORGIAN) && n.has("cy");
        double x = r.nextDouble();
        if (nativeKey != null && n.has(nativeKey) && x < 0.45) return pick(n.forms(nativeKey));
        if (fromCyrillic && (x < 0.85 || src.slavic())) {
            boolean uk = src == NameSource.UKRAINIAN && n.has("uk");
            String cy = uk ? n.first("uk") : n.first("cy");
            CyrillicRomanizer.System system = switch (style) {
                case GERMAN -> CyrillicRomanizer.System.GERMAN;
                case FRENCH -> CyrillicRomanizer.System.FRENCH;
                case TURKISH -> CyrillicRomanizer.System.TURKISH;
                default -> r.nextBoolean() ? CyrillicRomanizer.System.ICAO : CyrillicRomanizer.System.ENGLISH;
            };
            tags.add("romanised_from_cyrillic");
            return CyrillicRomanizer.romanize(cy, system, uk);
        }
        if (src == NameSource.TURKISH && n.has("tr")) {
            String s = pick(n.forms("tr"));
            if (style == Style.GERMAN && r.nextDouble() < 0.4) {
                return s.replace("ö", "oe").replace("ü", "ue").replace("Ö", "Oe").replace("Ü", "Ue");
            }
            return s;
        }
        String key = switch (style) {
            case TURKISH -> "tr"; case FRENCH -> "fr"; case GERMAN -> "de";
            default -> src == NameSource.PERSIAN && n.has("pe") ? "pe" : "en";
        };
        if (n.has(key)) return pick(n.forms(key));
        for (String k : List.of("en", "pe", "tr", "ro", "uz", "az", "tk")) {
            if (n.has(k)) return pick(n.forms(k));
        }
        if (n.has("cy")) return CyrillicRomanizer.romanize(n.first("cy"), CyrillicRomanizer.System.ICAO, false);
        throw new IllegalStateException("no Latin form for " + n.id());
    }

    private String arabicScript(CanonicalName n, boolean persian) {
        if (persian) {
            if (n.has("fa")) return pick(n.forms("fa"));
            if (n.has("ar")) return pick(n.forms("ar")).replace('ي', 'ی').replace('ك', 'ک').replace('ى', 'ی')
                    .replace('ة', 'ه');
        } else {
            if (n.has("ar")) return pick(n.forms("ar"));
            if (n.has("fa")) return pick(n.forms("fa")).replace('ی', 'ي').replace('ک', 'ك');
        }
        return null;
    }

    private String cyrillic(CanonicalName n) {
        return n.has("cy") ? pick(n.forms("cy")) : null;
    }

    private String fatherToken(Style style) {
        CanonicalName f = p.father();
        NameSource src = p.population().source;
        if (!(src.slavic() || src.cyrillicBased() || src == NameSource.ROMANIAN)) return token(f, style);
        // Patronymic: Sergeevna, Serhiivna, Karimovich, Əli oğlu
        boolean uk = src == NameSource.UKRAINIAN && f.has("upm");
        String cy = p.female() ? (uk ? f.first("upf") : f.first("pf")) : (uk ? f.first("upm") : f.first("pm"));
        if (cy == null) {
            String base = f.has("cy") ? f.first("cy") : null;
            if (base == null || base.contains(" ")) return token(f, style);
            if (base.endsWith("й")) base = base.substring(0, base.length() - 1) + "е";
            else if (base.matches(".*[аеиоуыэюя]")) base = base + "е";
            else base = base + "о";
            cy = base + (p.female() ? "вна" : "вич");
        }
        switch (style) {
            case NATIVE_SCRIPT, RUSSIAN_CYRILLIC -> {
                return cy;
            }
            case NATIVE_LATIN -> {
                String word = src == NameSource.AZERI ? (p.female() ? " qızı" : " oğlu")
                        : src == NameSource.UZBEK ? (p.female() ? " qizi" : " o‘g‘li")
                        : src == NameSource.TURKMEN ? (p.female() ? " gyzy" : " ogly") : null;
                String key = src == NameSource.AZERI ? "az" : src == NameSource.UZBEK ? "uz" : "tk";
                if (word != null && f.has(key)) return f.first(key) + word;
                return CyrillicRomanizer.romanize(cy, CyrillicRomanizer.System.ICAO, uk);
            }
            default -> {
                CyrillicRomanizer.System system = switch (style) {
                    case GERMAN -> CyrillicRomanizer.System.GERMAN;
                    case FRENCH -> CyrillicRomanizer.System.FRENCH;
                    case TURKISH -> CyrillicRomanizer.System.TURKISH;
                    default -> r.nextBoolean() ? CyrillicRomanizer.System.ICAO : CyrillicRomanizer.System.ENGLISH;
                };
                return CyrillicRomanizer.romanize(cy, system, uk);
            }
        }
    }

    private String familyToken(CanonicalName n, Style style) {
        String root = token(n, style);
        if (p.female() && (p.population().source.cyrillicBased() || p.population().source.slavic())) {
            root = feminine(root);
        }
        if (!n.takesArticle()) return root;
        return withArticle(root, n);
    }

    /** Slavic and Central Asian family names take a feminine ending for women: Ivanova, Əliyeva, Orazowa. */
    static String feminine(String s) {
        if (s.matches("(?s).*(ov|ev|in|yn|ow|ew|ëv|ёв|ов|ев|ин|ын)")) return s + (Typos.Script.of(s)
                == Typos.Script.CYRILLIC ? "а" : "a");
        if (s.endsWith("ский")) return s.substring(0, s.length() - 4) + "ская";
        if (s.endsWith("skiy") || s.endsWith("skii")) return s.substring(0, s.length() - 4) + "skaya";
        return s;
    }

    private String withArticle(String root, CanonicalName n) {
        Typos.Script script = Typos.Script.of(root);
        double x = r.nextDouble();
        if (script == Typos.Script.ARABIC) {
            if (x < 0.8) {
                tags.add("article");
                return "ال" + root;
            }
            tags.add("article_dropped");
            return root;
        }
        if (script == Typos.Script.CYRILLIC) {
            if (x < 0.5) {
                tags.add("article");
                return (r.nextDouble() < 0.8 ? "аль-" : "эль-") + root;
            }
            tags.add("article_dropped");
            return root;
        }
        String ar = n.first("ar");
        boolean sun = ar != null && SUN_LETTERS.indexOf(ar.charAt(0)) >= 0;
        String lowerRoot = root.toLowerCase(Locale.ROOT);
        if (sun && x < 0.10) {
            tags.add("article_assimilated");
            String cons = lowerRoot.startsWith("sh") ? "sh" : lowerRoot.substring(0, 1);
            return (r.nextDouble() < 0.7 ? "A" : "E") + cons + "-" + root;
        }
        if (x < 0.35) {
            tags.add("article_dropped");
            return root;
        }
        tags.add("article");
        boolean el = r.nextDouble() < 0.3;
        String art = el ? "El" : "Al";
        double y = r.nextDouble();
        if (y < 0.6) return art + "-" + root;
        if (y < 0.85) return art + " " + root;
        return art + lowerRoot;
    }

    // ------------------------------------------------------------------ layout

    private String oneField(Names n, Style style) {
        String father = n.father != null ? n.fatherWithParticle(this) : null;
        boolean withFather = father != null;
        String given = withFather && p.family() != null ? n.given + " " + father : n.given;
        String family = p.family() != null ? n.family : father;
        String sample = n.given;
        Typos.Script script = Typos.Script.of(sample);
        if (script == Typos.Script.ARABIC) return given + " " + family;
        if (script == Typos.Script.CYRILLIC && p.population().source != NameSource.GEORGIAN) {
            if (r.nextDouble() < 0.6) {
                tags.add("family_first");
                String patronymic = withFather && p.family() != null ? " " + father : "";
                return family + " " + n.given + patronymic;
            }
            return given + " " + family;
        }
        double x = r.nextDouble();
        if (x < 0.6) return given + " " + family;
        tags.add("family_first");
        if (x < 0.85) return family.toUpperCase(style == Style.TURKISH ? TR : Locale.ROOT) + " " + given;
        return family + ", " + given;
    }

    // ------------------------------------------------------------------ variation on the written string

    /** 0 as written, 1 all upper case, 2 family name upper case, 3 all lower case: one habit per record. */
    private int pickCase() {
        double x = r.nextDouble();
        if (x < agency.upperCase) return r.nextDouble() < 0.7 ? 1 : 2;
        return x < agency.upperCase + 0.03 ? 3 : 0;
    }

    private String finish(String s, Style style, boolean familyField) {
        if (s == null || s.isBlank()) return "";
        Typos.Script script = Typos.Script.of(s);
        if (script == Typos.Script.ARABIC && r.nextDouble() < 0.3) {
            String v = arabicLetterVariant(s);
            if (!v.equals(s)) {
                tags.add("letter_variant");
                s = v;
            }
        }
        if (script == Typos.Script.LATIN) {
            boolean foreignKeyboard = style == Style.ENGLISH || style == Style.FRENCH || style == Style.GERMAN
                    || agency == Agency.LEGACY_SPREADSHEET;
            if (r.nextDouble() < (foreignKeyboard ? 0.4 : 0.08)) {
                String v = FamilyNameComposer.asciiFold(s);
                if (!v.equals(s)) {
                    tags.add("diacritics_dropped");
                    s = v;
                }
            }
        }
        if (r.nextDouble() < agency.typo) {
            int n = r.nextDouble() < 0.8 ? 1 : 2;
            for (int i = 0; i < n; i++) {
                Typos.Kind kind = Typos.pickKind(r, agency == Agency.LEGACY_SPREADSHEET);
                String v = Typos.apply(s, kind, r);
                if (!v.equals(s)) {
                    tags.add("typo:" + kind.name().toLowerCase(Locale.ROOT));
                    s = v;
                }
            }
        }
        if (script != Typos.Script.ARABIC) {
            Locale locale = style == Style.TURKISH ? TR : Locale.ROOT;
            if (caseMode == 1 || caseMode == 2 && familyField) {
                tags.add("upper_case");
                s = s.toUpperCase(locale);
            } else if (caseMode == 3) {
                tags.add("lower_case");
                s = s.toLowerCase(locale);
            }
        }
        return s.strip().replaceAll("\\s+", " ");
    }

    static String toggleCompound(String s) {
        if (Typos.Script.of(s) == Typos.Script.ARABIC) {
            if (s.contains("عبد ")) return s.replace("عبد ", "عبد");
            if (s.startsWith("عبدال")) return "عبد " + s.substring(3);
            if (s.contains("\u200c")) return s.replace("\u200c", " ");
            if (s.contains(" الله")) return s.replace(" الله", "الله");
            if (s.contains(" الدين")) return s.replace(" الدين", "الدين");
            return s;
        }
        Matcher m = JOIN.matcher(s);
        if (m.find()) {
            return s.substring(0, m.start()) + m.group(1) + m.group(2).toLowerCase(Locale.ROOT) + s.substring(m.end());
        }
        m = JOIN_SUFFIX.matcher(s);
        if (m.find()) {
            return s.substring(0, m.start()) + m.group(1) + m.group(2).replace("-", "").toLowerCase(Locale.ROOT)
                    + s.substring(m.end());
        }
        m = SPLIT_PREFIX.matcher(s);
        if (m.matches()) return m.group(1) + " " + capitalize(m.group(2));
        m = SPLIT_SUFFIX.matcher(s);
        if (m.matches()) return m.group(1) + " " + capitalize(m.group(2));
        return s;
    }

    private String arabicLetterVariant(String s) {
        return switch (r.nextInt(6)) {
            case 0 -> s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
            case 1 -> s.replace('ة', 'ه');
            case 2 -> s.replace('ى', 'ي');
            case 3 -> s.replace('ي', 'ی').replace('ك', 'ک');
            case 4 -> s.replace('ی', 'ي').replace('ک', 'ك');
            default -> s.replace("\u200c", "");
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private <T> T pick(List<T> list) {
        return WeightedPicker.pickUsualFirst(list, r);
    }

    private static String scriptTag(String s) {
        if (s.chars().anyMatch(c -> "پچژگیک".indexOf(c) >= 0)) return "persian";
        return Typos.Script.of(s).name().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ date, sex, citizenship

    private String[] date() {
        double x = r.nextDouble();
        if (x >= agency.fullDate + agency.yearOnly) {
            tags.add("date:missing");
            return new String[]{"", ""};
        }
        LocalDate d = p.birthDate();
        if (!p.birthDateKnown()) {
            d = LocalDate.of(d.getYear(), 1, 1);
            tags.add("date:unknown_day");
        }
        double off = agency.yearOff * (p.population().source == NameSource.PERSIAN ? 2 : 1);
        if (r.nextDouble() < off) {
            tags.add("date:year_off");
            d = d.plusYears(r.nextBoolean() ? 1 : -1);
        }
        if (x < agency.fullDate) {
            if (p.birthDateKnown() && d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()
                    && r.nextDouble() < agency.dayMonthSwap) {
                tags.add("date:day_month_swap");
                d = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
            } else if (p.birthDateKnown() && r.nextDouble() < 0.01) {
                tags.add("date:day_typo");
                int day = 1 + r.nextInt(d.lengthOfMonth());
                d = d.withDayOfMonth(day == d.getDayOfMonth() ? (day % d.lengthOfMonth()) + 1 : day);
            }
            tags.add("date:full");
            return new String[]{d.toString(), r.nextDouble() < 0.3 ? String.valueOf(d.getYear()) : ""};
        }
        tags.add("date:year_only");
        return new String[]{"", String.valueOf(d.getYear())};
    }

    private String sex() {
        if (r.nextDouble() < agency.sexMissing) {
            tags.add("sex:missing");
            return "";
        }
        if (r.nextDouble() < 0.003) {
            tags.add("sex:wrong");
            return p.female() ? "M" : "F";
        }
        return String.valueOf(p.sex());
    }

    private String citizenship() {
        if (agency == Agency.CONSULATE) return p.citizenship();
        if (r.nextDouble() < agency.citizenshipMissing) {
            tags.add("citizenship:missing");
            return "";
        }
        List<String> other = p.population().otherCitizenships;
        if (!other.isEmpty() && r.nextDouble() < 0.04) {
            tags.add("citizenship:other");
            return other.get(r.nextInt(other.size()));
        }
        return p.citizenship();
    }
}
