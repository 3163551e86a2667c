package io.transcripts.layout.families;

import io.transcripts.language.RegexLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits prose into sentences without breaking on "Mr.", "Inc.", "U.S.", "Rs." or decimals. */
public final class Sentences {
    private static final Pattern END = Pattern.compile("[.?!][\"”’)]?\\s+(?=[\"“(]?[A-Z0-9<$])");
    private static final String ABBREVIATIONS =
            "(?i)(?:\\b(?:mr|mrs|ms|dr|prof|inc|corp|co|ltd|jr|sr|st|vs|no|approx|rs|est|fig|e\\.g|i\\.e|u\\.s|u\\.k)|\\b[A-Z])\\.$";
    private static final Pattern ABBREVIATION = Pattern.compile(ABBREVIATIONS);
    /** An abbreviation ends the text: only its last few chars are searched, never the whole paragraph. */
    private static final int ABBREVIATION_MAX = RegexLiterals.maxLength(ABBREVIATIONS);

    private Sentences() {
    }

    /** Whether text ending in a full stop ends with an abbreviation ("Rs.", "Inc."), which ends no sentence. */
    public static boolean endsWithAbbreviation(String text) {
        return abbreviationAtEnd(text.stripTrailing());
    }

    /** Whether the text ends with an abbreviation: the search starts as far from the end as the longest one (and a final line break). */
    private static boolean abbreviationAtEnd(String text) {
        Matcher m = ABBREVIATION.matcher(text).useTransparentBounds(true);
        if (ABBREVIATION_MAX >= 0) {
            m.region(Math.max(0, text.length() - ABBREVIATION_MAX - 1), text.length());
        }
        return m.find();
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String candidate = paragraph.substring(start, m.start() + 1);
            if (abbreviationAtEnd(candidate)) {
                continue;
            }
            String s = paragraph.substring(start, m.end()).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = m.end();
        }
        String tail = paragraph.substring(start).strip();
        if (!tail.isEmpty()) {
            out.add(tail);
        }
        return out;
    }
}
