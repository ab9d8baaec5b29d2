package org.opennrm.matching.generator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Romanises Cyrillic the ways Latin-script clerks actually do: the ICAO passport system, the popular English
 * (BGN-like) spelling, German (Duden) and French conventions, and Turkish spelling. Ukrainian letters follow the
 * Ukrainian national system where a Ukrainian document is the source.
 */
final class CyrillicRomanizer {

    enum System { ICAO, ENGLISH, GERMAN, FRENCH, TURKISH }

    private static final String VOWELS = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ";

    private static final Map<System, Map<Character, String>> TABLES = new HashMap<>();

    static {
        String base = "а:a б:b в:v г:g д:d з:z и:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f ы:y э:e ъ: ь: ө:o ү:u ң:n ә:a";
        table(System.ICAO, base + " е:e ё:e ж:zh й:i х:kh ц:ts ч:ch ш:sh щ:shch ю:iu я:ia і:i ї:i є:ie ґ:g");
        table(System.ENGLISH, base + " е:e ё:yo ж:zh й:y х:kh ц:ts ч:ch ш:sh щ:shch ю:yu я:ya і:i ї:yi є:ye ґ:g");
        table(System.GERMAN, base.replace("в:v", "в:w").replace("з:z", "з:s")
                + " е:e ё:jo ж:sch й:j х:ch ц:z ч:tsch ш:sch щ:schtsch ю:ju я:ja і:i ї:ji є:je ґ:g");
        table(System.FRENCH, base.replace("у:u", "у:ou").replace("ү:u", "ү:ou")
                + " е:e ё:io ж:j й:ï х:kh ц:ts ч:tch ш:ch щ:chtch ю:iou я:ia і:i ї:ï є:ie ґ:g");
        table(System.TURKISH, base.replace("ы:y", "ы:ı") + " е:e ё:yo ж:j й:y х:h ц:ts ч:ç ш:ş щ:şç ю:yu я:ya і:i ї:yi"
                + " є:ye ґ:g");
    }

    private static void table(System system, String spec) {
        Map<Character, String> m = new HashMap<>();
        for (String pair : spec.trim().split("\\s+")) {
            int colon = pair.indexOf(':');
            m.put(pair.charAt(0), pair.substring(colon + 1));
        }
        TABLES.put(system, m);
    }

    static String romanize(String cyrillic, System system, boolean ukrainian) {
        Map<Character, String> table = TABLES.get(system);
        StringBuilder out = new StringBuilder();
        String lower = cyrillic.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean upper = Character.isUpperCase(cyrillic.charAt(i));
            String r;
            if (ukrainian && c == 'г') r = system == System.GERMAN ? "h" : "h";
            else if (ukrainian && c == 'и') r = "y";
            else if (system == System.TURKISH && c == 'д' && i + 1 < lower.length() && lower.charAt(i + 1) == 'ж') {
                r = "c";
                i++;
            } else if (c == 'е' && (i == 0 || VOWELS.indexOf(lower.charAt(i - 1)) >= 0 || lower.charAt(i - 1) == 'ь')
                    && system != System.ICAO && system != System.FRENCH) {
                r = system == System.GERMAN ? "je" : "ye";
            } else if (system == System.GERMAN && c == 'с' && i > 0 && i + 1 < lower.length()
                    && VOWELS.indexOf(lower.charAt(i - 1)) >= 0 && VOWELS.indexOf(lower.charAt(i + 1)) >= 0) {
                r = "ss";
            } else {
                r = table.get(c);
                if (r == null) r = String.valueOf(cyrillic.charAt(i));
            }
            if (upper && !r.isEmpty()) r = r.substring(0, 1).toUpperCase(Locale.ROOT) + r.substring(1);
            out.append(r);
        }
        return out.toString();
    }
}
