package io.transcripts.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Month names and their abbreviations ({@code language/months.tsv}), for every grammar that reads dates. */
public final class Months {
    private static final List<Pattern> MONTHS = new ArrayList<>();
    /** Any month name or abbreviation, as a non-capturing alternation. */
    public static final String WORDS;
    /** A written date ("January 24, 2025", "27-Aug-2025", "2025-01-24"), as a non-capturing group (case-insensitive use). */
    public static final String DATE;

    static {
        List<String> names = new ArrayList<>();
        for (List<String> row : Vocabulary.rows("months")) {
            int n = Integer.parseInt(row.get(0));
            if (n != MONTHS.size() + 1) {
                throw new IllegalStateException("language/months.tsv: months in order, 1 to 12");
            }
            MONTHS.add(Pattern.compile("(?i)" + row.get(1) + "\\.?"));
            names.add(row.get(1));
        }
        WORDS = Vocabulary.alternation(names);
        DATE = "(?:" + WORDS + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?[-/ ]" + WORDS
                + "\\.?[-/ ,]+\\d{2,4}|\\d{4}-\\d{2}-\\d{2})";
    }



    private Months() {
    }

    /** The month number (1-12) of a name or abbreviation, or -1. */
    public static int number(String word) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).matcher(word.strip()).matches()) {
                return i + 1;
            }
        }
        return -1;
    }
}
