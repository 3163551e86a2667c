package io.transcripts.layout.families;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits prose into sentences without breaking on "Mr.", "Inc.", "U.S.", "Rs." or decimals. */
public final class Sentences {
    private static final Pattern END = Pattern.compile("[.?!][\"”’)]?\\s+(?=[\"“(]?[A-Z0-9<$])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:mr|mrs|ms|dr|prof|inc|corp|co|ltd|jr|sr|st|vs|no|approx|rs|est|fig|e\\.g|i\\.e|u\\.s|u\\.k)|\\b[A-Z])\\.$");

    private Sentences() {
    }

    /** Whether text ending in a full stop ends with an abbreviation ("Rs.", "Inc."), which ends no sentence. */
    public static boolean endsWithAbbreviation(String text) {
        return ABBREVIATION.matcher(text.stripTrailing()).find();
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String candidate = paragraph.substring(start, m.start() + 1);
            if (ABBREVIATION.matcher(candidate).find()) {
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
