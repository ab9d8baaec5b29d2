package org.opennrm.matching.generator;

import java.util.Map;

/**
 * The organisations that register people in Türkiye's referral mechanism, each with its own habits: which spelling
 * convention or script it writes names in, how complete its dates are, how careful its data entry is.
 */
enum Agency {
    //                 weight styles                                                   upper  full  year  sexMiss citMiss typo  swap  oneField original father dmSwap yearOff
    GENDARMERIE(20, Map.of(Style.TURKISH, 1.0),                                         0.60, 0.55, 0.30, 0.02, 0.05, 0.12, 0.06, 0.05, 0.05, 0.30, 0.02, 0.05),
    MIGRATION_AUTHORITY(20, Map.of(Style.TURKISH, 1.0),                                 0.85, 0.85, 0.10, 0.01, 0.01, 0.05, 0.03, 0.02, 0.35, 0.60, 0.01, 0.03),
    NGO_INTERNATIONAL(15, Map.of(Style.ENGLISH, 0.9, Style.FRENCH, 0.05, Style.GERMAN, 0.05), 0.10, 0.35, 0.45, 0.08, 0.15, 0.20, 0.12, 0.25, 0.10, 0.30, 0.05, 0.10),
    NGO_LOCAL(12, Map.of(Style.TURKISH, 0.8, Style.ENGLISH, 0.2),                        0.30, 0.40, 0.40, 0.05, 0.20, 0.20, 0.10, 0.30, 0.00, 0.20, 0.03, 0.10),
    IOM(10, Map.of(Style.ENGLISH, 0.85, Style.FRENCH, 0.15),                            0.50, 0.70, 0.25, 0.02, 0.02, 0.06, 0.05, 0.10, 0.40, 0.50, 0.02, 0.05),
    CONSULATE(8, Map.of(Style.NATIVE_SCRIPT, 0.6, Style.NATIVE_LATIN, 0.4),             0.40, 0.95, 0.05, 0.00, 0.00, 0.03, 0.02, 0.30, 0.00, 0.80, 0.00, 0.01),
    EUROPEAN_LIAISON(5, Map.of(Style.GERMAN, 0.5, Style.FRENCH, 0.5),                   0.70, 0.80, 0.15, 0.02, 0.05, 0.08, 0.10, 0.20, 0.10, 0.20, 0.02, 0.03),
    LEGACY_SPREADSHEET(10, Map.of(Style.TURKISH, 0.4, Style.ENGLISH, 0.4, Style.RUSSIAN_CYRILLIC, 0.2), 0.70, 0.45, 0.35, 0.40, 0.30, 0.35, 0.15, 0.70, 0.00, 0.20, 0.12, 0.08);

    /** How a clerk writes a name. */
    enum Style { TURKISH, ENGLISH, FRENCH, GERMAN, NATIVE_SCRIPT, NATIVE_LATIN, RUSSIAN_CYRILLIC }

    final int weight;
    final Map<Style, Double> styles;
    final double upperCase, fullDate, yearOnly, sexMissing, citizenshipMissing, typo, swap, oneField, original,
            father, dayMonthSwap, yearOff;

    Agency(int weight, Map<Style, Double> styles, double upperCase, double fullDate, double yearOnly, double sexMissing,
           double citizenshipMissing, double typo, double swap, double oneField, double original, double father,
           double dayMonthSwap, double yearOff) {
        this.weight = weight;
        this.styles = styles;
        this.upperCase = upperCase;
        this.fullDate = fullDate;
        this.yearOnly = yearOnly;
        this.sexMissing = sexMissing;
        this.citizenshipMissing = citizenshipMissing;
        this.typo = typo;
        this.swap = swap;
        this.oneField = oneField;
        this.original = original;
        this.father = father;
        this.dayMonthSwap = dayMonthSwap;
        this.yearOff = yearOff;
    }
}
