package org.opennrm.matching.generator;

import java.util.List;

/**
 * Populations of Türkiye's trafficking caseload, with what shapes their records: the script their documents use,
 * whether a father's name or patronymic travels with the name, how often only a birth year is known, and which
 * other citizenship they are sometimes recorded with.
 */
public enum Population {
    SYRIAN("SYR", 18, NameSource.ARABIC, 0.55, 0.00, 0.10, 0.45, List.of("IRQ", "TUR")),
    AFGHAN("AFG", 12, NameSource.PERSIAN, 0.45, 0.25, 0.30, 0.30, List.of("IRN", "PAK")),
    IRANIAN("IRN", 6, NameSource.PERSIAN, 0.20, 0.00, 0.05, 0.50, List.of("AFG", "IRQ")),
    IRAQI("IRQ", 6, NameSource.ARABIC, 0.60, 0.00, 0.10, 0.45, List.of("SYR", "IRN")),
    UZBEK("UZB", 12, NameSource.UZBEK, 0.30, 0.00, 0.02, 0.70, List.of("KGZ", "RUS", "TJK")),
    TURKMEN("TKM", 8, NameSource.TURKMEN, 0.20, 0.00, 0.02, 0.70, List.of("UZB", "RUS")),
    KYRGYZ("KGZ", 8, NameSource.KYRGYZ, 0.35, 0.00, 0.02, 0.75, List.of("KAZ", "RUS", "UZB")),
    RUSSIAN("RUS", 3, NameSource.RUSSIAN, 0.90, 0.00, 0.00, 0.80, List.of("UKR", "KAZ")),
    UKRAINIAN("UKR", 3, NameSource.UKRAINIAN, 0.90, 0.00, 0.00, 0.80, List.of("RUS", "MDA")),
    AZERBAIJANI("AZE", 5, NameSource.AZERI, 0.30, 0.00, 0.02, 0.60, List.of("GEO", "RUS", "TUR")),
    GEORGIAN("GEO", 4, NameSource.GEORGIAN, 0.00, 0.00, 0.00, 0.65, List.of("RUS", "AZE")),
    MOLDOVAN("MDA", 3, NameSource.ROMANIAN, 0.20, 0.00, 0.00, 0.80, List.of("ROU", "RUS", "UKR")),
    NIGERIAN("NGA", 2, NameSource.NIGERIAN, 0.00, 0.00, 0.15, 0.85, List.of("GHA", "BEN")),
    TURKISH("TUR", 10, NameSource.TURKISH, 0.00, 0.00, 0.01, 0.55, List.of());

    /** The naming tradition and scripts a population's documents are written in. */
    public enum NameSource {
        ARABIC, PERSIAN, UZBEK, TURKMEN, KYRGYZ, RUSSIAN, UKRAINIAN, AZERI, GEORGIAN, ROMANIAN, NIGERIAN, TURKISH;

        boolean usesArabicScript() { return this == ARABIC || this == PERSIAN; }

        /** Sources whose Latin spellings commonly come from a Cyrillic document. */
        boolean cyrillicBased() {
            return this == RUSSIAN || this == UKRAINIAN || this == KYRGYZ || this == UZBEK || this == TURKMEN
                    || this == AZERI;
        }

        boolean slavic() { return this == RUSSIAN || this == UKRAINIAN; }
    }

    final String citizenship;
    final int weight;
    final NameSource source;
    /** Share of people whose records may carry a father's name (Arab, Afghan) or patronymic (Slavic, Central Asian). */
    final double fatherNameRate;
    /** Afghans often have no family name: the father's name stands in for it. */
    final double noFamilyNameRate;
    /** Share whose exact birth date is unknown: documents show only a year, or 1 January of it. */
    final double dateUnknownRate;
    /** Share of women in this population's caseload. */
    final double femaleShare;
    final List<String> otherCitizenships;

    Population(String citizenship, int weight, NameSource source, double fatherNameRate, double noFamilyNameRate,
               double dateUnknownRate, double femaleShare, List<String> otherCitizenships) {
        this.citizenship = citizenship;
        this.weight = weight;
        this.source = source;
        this.fatherNameRate = fatherNameRate;
        this.noFamilyNameRate = noFamilyNameRate;
        this.dateUnknownRate = dateUnknownRate;
        this.femaleShare = femaleShare;
        this.otherCitizenships = otherCitizenships;
    }

    public String citizenship() { return citizenship; }

    static Population byCode(String code) {
        for (Population p : values()) {
            if (p.citizenship.equals(code)) return p;
        }
        throw new IllegalArgumentException("unknown population " + code);
    }
}
