package org.opennrm.matching.generator;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Data-entry and reading errors: neighbouring keys (QWERTY, Russian ЙЦУКЕН), OCR and handwriting confusions
 * (rn/m, l/I, dotted Arabic letters), inserted, deleted and transposed letters.
 */
final class Typos {

    enum Kind { KEYBOARD, OCR, INSERTION, DELETION, TRANSPOSITION }

    private static final Map<Character, String> LATIN_NEIGHBOURS = neighbours(
            "qwertyuiop", "asdfghjkl", "zxcvbnm");
    private static final Map<Character, String> CYRILLIC_NEIGHBOURS = neighbours(
            "йцукенгшщзх", "фывапролдж", "ячсмитьбю");
    private static final String[][] LATIN_OCR = {
            {"m", "rn"}, {"rn", "m"}, {"l", "I"}, {"I", "l"}, {"i", "l"}, {"O", "0"}, {"o", "0"}, {"e", "c"}, {"c", "e"},
            {"h", "b"}, {"b", "h"}, {"u", "v"}, {"v", "u"}, {"w", "vv"}, {"d", "cl"}, {"n", "ri"}, {"S", "5"},
            {"B", "8"}, {"a", "o"}, {"E", "F"}};
    /** Arabic letters told apart only by their dots, and letters often confused in handwriting. */
    private static final String[] ARABIC_CONFUSABLE = {"بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة",
            "اأإآ", "يىی", "كک"};
    private static final String[][] CYRILLIC_OCR = {{"ш", "щ"}, {"и", "й"}, {"е", "ё"}, {"ь", "ъ"}, {"п", "н"}};

    private Typos() {
    }

    static Kind pickKind(Random r, boolean ocrProne) {
        double x = r.nextDouble();
        if (ocrProne && x < 0.35) return Kind.OCR;
        x = r.nextDouble();
        if (x < 0.30) return Kind.KEYBOARD;
        if (x < 0.40) return Kind.OCR;
        if (x < 0.62) return Kind.INSERTION;
        if (x < 0.84) return Kind.DELETION;
        return Kind.TRANSPOSITION;
    }

    /** Applies one error of the given kind to one name (never to its first letter, as most entry errors). */
    static String apply(String s, Kind kind, Random r) {
        if (s.length() < 3) return s;
        int pos = 1 + r.nextInt(s.length() - 1);
        char c = s.charAt(pos);
        if (c == ' ' || c == '-') return s;
        Script script = Script.of(s);
        return switch (kind) {
            case KEYBOARD -> replaceAt(s, pos, neighbour(c, script, r));
            case OCR -> ocr(s, pos, script, r);
            case INSERTION -> s.substring(0, pos) + (r.nextBoolean() ? String.valueOf(c) : neighbour(c, script, r))
                    + s.substring(pos);
            case DELETION -> s.substring(0, pos) + s.substring(pos + 1);
            case TRANSPOSITION -> {
                if (pos + 1 >= s.length() || s.charAt(pos + 1) == ' ') yield s.substring(0, pos) + s.substring(pos + 1);
                yield s.substring(0, pos) + s.charAt(pos + 1) + c + s.substring(pos + 2);
            }
        };
    }

    private static String ocr(String s, int pos, Script script, Random r) {
        if (script == Script.ARABIC) return replaceAt(s, pos, neighbour(s.charAt(pos), script, r));
        String[][] table = script == Script.CYRILLIC ? CYRILLIC_OCR : LATIN_OCR;
        for (int attempt = 0; attempt < 6; attempt++) {
            String[] m = table[r.nextInt(table.length)];
            int i = s.indexOf(m[0], 1);
            if (i < 0) i = s.toLowerCase().indexOf(m[0], 1);
            if (i > 0) return s.substring(0, i) + m[1] + s.substring(i + m[0].length());
        }
        return replaceAt(s, pos, neighbour(s.charAt(pos), script, r));
    }

    private static String neighbour(char c, Script script, Random r) {
        boolean upper = Character.isUpperCase(c);
        char lc = Character.toLowerCase(c);
        String options = switch (script) {
            case ARABIC -> {
                for (String group : ARABIC_CONFUSABLE) {
                    if (group.indexOf(c) >= 0 && group.length() > 1) yield group.replace(String.valueOf(c), "");
                }
                yield "اويه";
            }
            case CYRILLIC -> CYRILLIC_NEIGHBOURS.getOrDefault(lc, "аеио");
            default -> LATIN_NEIGHBOURS.getOrDefault(lc, "aeio");
        };
        char n = options.charAt(r.nextInt(options.length()));
        return String.valueOf(upper ? Character.toUpperCase(n) : n);
    }

    private static String replaceAt(String s, int pos, String with) {
        return s.substring(0, pos) + with + s.substring(pos + 1);
    }

    private static Map<Character, String> neighbours(String... rows) {
        Map<Character, String> m = new HashMap<>();
        for (int row = 0; row < rows.length; row++) {
            for (int i = 0; i < rows[row].length(); i++) {
                StringBuilder b = new StringBuilder();
                if (i > 0) b.append(rows[row].charAt(i - 1));
                if (i + 1 < rows[row].length()) b.append(rows[row].charAt(i + 1));
                for (int other : new int[]{row - 1, row + 1}) {
                    if (other >= 0 && other < rows.length) {
                        if (i < rows[other].length()) b.append(rows[other].charAt(i));
                        if (i > 0 && i - 1 < rows[other].length()) b.append(rows[other].charAt(i - 1));
                    }
                }
                m.put(rows[row].charAt(i), b.toString());
            }
        }
        return m;
    }

    enum Script {
        LATIN, CYRILLIC, ARABIC;

        static Script of(String s) {
            for (int i = 0; i < s.length(); i++) {
                Character.UnicodeScript u = Character.UnicodeScript.of(s.charAt(i));
                if (u == Character.UnicodeScript.ARABIC) return ARABIC;
                if (u == Character.UnicodeScript.CYRILLIC) return CYRILLIC;
            }
            return LATIN;
        }
    }
}
