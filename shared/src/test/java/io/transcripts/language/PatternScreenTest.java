package io.transcripts.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PatternScreenTest {
    private static Set<String> literals(String regex) {
        List<String> l = RegexLiterals.of(Pattern.compile(regex));
        return l == null ? null : Set.copyOf(l);
    }

    @Test
    void requiredLiteralsOfTheSyntaxOurVocabulariesUse() {
        assertEquals(Set.of("margin", "margins"), literals("(?i)\\b(?:(?<!%\\s)(?<!percent\\s)margins?)\\b"));
        assertEquals(Set.of("top-line", "top line", "sales"), literals("(?i)\\b(?:top[- ]line|sales)\\b"));
        assertEquals(Set.of("ebitda"), literals("(?i)\\b(?:(?:adjusted\\s+|non-gaap\\s+)?ebitda\\s+margins?)\\b"));
        assertEquals(Set.of("service", "services"), literals("(?i)\\b(?:(?:gaap|adjusted)\\s+)*services?\\s+revenues?\\b"));
        assertEquals(Set.of("q1", "q2", "q3", "q4"), literals("\\bQ[1234]\\b"));
        assertEquals(Set.of("us$0", "us$1", "us$2", "us$3", "us$4", "us$5", "us$6", "us$7", "us$8", "us$9"), literals("US\\$\\d"));
        // no literal every match must hold: the pattern always runs
        assertNull(literals("a|b*"));
        assertNull(literals("(?i)^\\W*(?:\\w+\\W+){0,3}$"));
        // syntax not read here gives no literals rather than wrong ones
        assertNull(literals("(?x) revenue # comment"));
        assertNull(literals("(a)\\1"));
        assertNull(RegexLiterals.of(Pattern.compile("revenue", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)));
    }

    @Test
    void longestMatch() {
        assertEquals(9, RegexLiterals.maxLength("(?<neg>\\(|-|negative\\s|minus\\s)?"));
        assertEquals(4, RegexLiterals.maxLength("(?:(?<![A-Za-z])Rs\\.?\\s?|US\\$)"));
        assertEquals(6, RegexLiterals.maxLength("\\d{1,3}(?:,\\d{2})?"));
        assertEquals(-1, RegexLiterals.maxLength("\\d+"));
        assertEquals(-1, RegexLiterals.maxLength("x{2,}"));
    }

    @Test
    void skipsOnlyPatternsThatCannotMatch() {
        Pattern revenue = Pattern.compile("(?i)\\brevenues?\\b");
        Pattern margin = Pattern.compile("(?i)\\bgross\\s+margins?\\b");
        Pattern anything = Pattern.compile("\\w+");
        PatternScreen screen = PatternScreen.of(List.of(revenue, margin, anything));
        PatternScreen.Hits hits = screen.hits("Gross MARGIN was 71%.");
        assertFalse(hits.may(revenue));
        assertTrue(hits.may(margin));
        assertTrue(hits.may(anything)); // no literals: always a candidate
        assertTrue(screen.hits("REVENUE grew").may(revenue));
        assertTrue(screen.hits("€12 revenue, ₹ 5").may(revenue)); // chars beyond ASCII do not derail the automaton
        PatternScreen symbols = PatternScreen.of(List.of(Pattern.compile("₹\\s?\\d"), Pattern.compile("€")));
        BitSet c = symbols.candidates("a ₹ 5 note");
        assertTrue(c.get(0));
        assertFalse(c.get(1));
    }

    @Test
    void keepsExactlyWhereLeadingLiteralsStart() {
        Pattern p = Pattern.compile("(?i)(?:abcd|ab|d)x");
        PatternScreen.Found f = PatternScreen.of(List.of(p)).found("zABcdx dx d");
        // the leading literals are "abcdx", "abx" and "dx": "abcdx" starts at 1 and "dx" at 4 and 7, and no start is
        // guessed from another literal's length (the end at 6 less 2 or 3, the end at 9 less 3 or 5)
        assertEquals(List.of(1, 4, 7), java.util.Arrays.stream(f.starts(p)).boxed().toList());
        assertEquals("ABcdx", f.find(p, 0).group());
        assertEquals("dx", f.find(p, 2).group());
        assertNull(f.find(p, 8));
    }

    /** Every vocabulary pattern, over every example and transcript line we hold: a screen never hides a match. */
    @Test
    void neverHidesAMatchOfAnyVocabularyPattern() throws IOException {
        List<Pattern> patterns = vocabularyPatterns();
        PatternScreen screen = PatternScreen.of(patterns);
        List<String> texts = texts();
        assertTrue(texts.size() > 1000, "texts to check: " + texts.size());
        int matches = 0;
        for (String t : texts) {
            BitSet may = screen.candidates(t);
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(t).find()) {
                    matches++;
                    assertTrue(may.get(i), () -> "screened out a match: " + t);
                }
            }
        }
        assertTrue(matches > 1000, "matches checked: " + matches);
    }

    private static Set<String> prefixes(String regex) {
        List<String> l = RegexLiterals.prefixes(Pattern.compile(regex));
        return l == null ? null : Set.copyOf(l);
    }

    @Test
    void literalsEveryMatchStartsWith() {
        assertEquals(Set.of("fiscal"), prefixes("(?i)\\bfiscal(?:\\s+year)?(?:\\s+(?:19|20)\\d{2})?,?\\s+ends"));
        assertEquals(Set.of("us$", "u.s.", "usd"), prefixes("(?i)(?:\\bUS\\$|\\bU\\.S\\.\\s+dollars?\\b|\\bUSD\\s?\\d)"));
        assertEquals(Set.of("top-line", "top line", "sales"), prefixes("(?i)\\b(?:top[- ]line|sales)\\b"));
        assertEquals(Set.of("welcome to"), prefixes("[Ww]elcome to(?: the)?"));
        assertEquals(Set.of("we"), prefixes("(?<![.\\w])we\\s+(?:have|hold)"));
        assertEquals(Set.of("q1", "q2", "q3", "q4"), prefixes("Q[1234]\\b|Q4"));
        // optional words first: a match starts with one of them or, without them, with what follows
        assertEquals(Set.of("adjusted", "ebitda"), prefixes("(?:adjusted\\s+)?ebitda"));
        assertEquals(Set.of("gaap", "non-gaap", "revenue", "sales"),
                prefixes("(?i)\\b(?:(?:(?:gaap|non-gaap)\\s+)*(?:revenue|sales))\\b"));
        assertEquals(Set.of("net", "income"), prefixes("(?:net\\s+){0,2}income"));
        // a narrow range is its few characters; a wide one is not read
        assertEquals(Set.of("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"), prefixes("(?i)\\b(?:(Q[1-4])|([1-4])Q)"));
        assertNull(prefixes("[a-z]x"));
        // a match may start elsewhere: none
        assertNull(prefixes("(?i)^\\s*if\\b|unless"));
        assertNull(prefixes("\\w+ revenue"));
        assertNull(prefixes("(?:adjusted\\s+)?\\w+"));
        assertNull(prefixes("(?:adjusted\\s+)?(?:gaap\\s+)?"));
        assertNull(prefixes("(?:a|\\w)?revenue"));
    }

    /**
     * Every vocabulary pattern and patterns of the shapes the annotators use, over single lines and
     * whole transcripts: a search near the screened literals finds every match a search of the whole
     * text finds, at the same place.
     */
    @Test
    void aSearchNearTheLiteralsFindsWhatAWholeSearchFinds() throws IOException {
        List<Pattern> patterns = vocabularyPatterns();
        for (String shape : List.of("(?i)\\b(?:" + Cue.BENCHMARK.words() + ")\\b[^.;]{0,60}?\\b" + Cue.OUTLOOK_NOUN.words() + "\\b",
                "(?i)\\b(?:" + Months.WORDS + ")\\.?\\s+quarter\\b", "(?i)(?:\\bUS\\$|\\bU\\.S\\.\\s+dollars?\\b|\\bUSD\\s?\\d)",
                "(?i)^\\s*if\\b|\\bassuming\\b", "(?<![.\\w])([A-Z]{1,5})\\.(?:OQ|O|N)\\b(?!\\.)", "(?i)\\bwe\\s+(?:have|hold)\\s+(?=[$\\d])",
                "(?i)(?:adjusted\\s+)?ebitda\\s+margins?", "(?i)\\b(?:raised|increased)\\s+(?:[^\\s.;,]+\\s+){0,5}?(?:guidance|outlook)\\b",
                "(?m)^[A-Z][a-z]+ [A-Z][a-z]+ -- (?:Analyst|Chief)", "(?i)\\bthe\\b",
                // an amount's shape: an optional sign and currency, then digits
                "(?i)(?<neg>\\(|-|negative\\s)?(?<cur>US\\$|(?<![A-Za-z])\\$|€|EUR\\s?)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
                        + "(?:\\s?(?<scale>million|billion|bn|m)\\b)?",
                "(?i)\\b(?:(?:(?:gaap|non-gaap|adjusted)\\s+)*(?:revenue|sales))\\b")) {
            patterns.add(Pattern.compile(shape));
        }
        PatternScreen screen = PatternScreen.of(patterns);
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(documents());
        int matches = 0;
        for (String t : texts) {
            PatternScreen.Found found = screen.found(t);
            for (Pattern p : patterns) {
                List<String> whole = new ArrayList<>();
                java.util.regex.Matcher m = p.matcher(t);
                int[] starts = found.may(p) ? found.starts(p) : null;
                while (m.find()) {
                    whole.add(m.start() + "-" + m.end());
                    if (starts != null) { // a search of one's own tries only these: every match starts at one
                        int at = m.start();
                        assertTrue(java.util.Arrays.binarySearch(starts, at) >= 0, () -> p + " starts at " + at + " in " + t);
                    }
                }
                List<String> near = new ArrayList<>();
                for (var r = found.find(p, 0); r != null; r = found.find(p, Math.max(r.end(), r.start() + 1))) {
                    near.add(r.start() + "-" + r.end());
                }
                matches += whole.size();
                assertEquals(whole, near, () -> p + " in " + t.substring(0, Math.min(80, t.length())));
                assertEquals(whole.size(), found.count(p));
            }
        }
        assertTrue(matches > 10_000, "matches checked: " + matches);
    }

    /** The cues' patterns and those the metric, currency and segment vocabularies make. */
    private static List<Pattern> vocabularyPatterns() {
        List<Pattern> patterns = new ArrayList<>();
        for (Cue c : Cue.values()) {
            patterns.add(c.pattern());
        }
        for (List<String> row : Vocabulary.rows("metric-phrases")) {
            patterns.add(Pattern.compile("(?i)\\b(?:" + row.get(1) + ")\\b"));
        }
        for (List<String> row : Vocabulary.rows("currencies")) {
            patterns.add(Pattern.compile("(?i)" + row.get(2)));
        }
        for (List<String> row : Vocabulary.rows("segments")) {
            patterns.add(Pattern.compile("(?i)\\b(?:" + row.get(1) + ")\\b"));
        }
        return patterns;
    }

    private static List<String> documents() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("../events/transcripts"), Path.of("../../shared/corpus/real"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        out.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> texts() throws IOException {
        return Examples.textsToCheck();
    }
}
