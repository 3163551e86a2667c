package io.transcripts.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A factored alternation finds what the phrases joined as they are find, match for match. */
class AlternationTest {
    @Test
    void factorsByFirstLetterKeepingOrderWithinAGroup() {
        assertEquals("e(?:xpect|stimate\\w*)|g(?:uid(?:e|ance)|oal)", Alternation.of(List.of("expect", "guid(?:e|ance)", "estimate\\w*", "goal")));
        assertEquals("a|b(?:c|d)", Alternation.of(List.of("a|bc", "bd")), "a cell's own top-level alternatives count");
    }

    @Test
    void joinsAsTheyAreWhereFactoringCouldChangeWhatMatches() {
        assertEquals("s?ales|sales", Alternation.of(List.of("s?ales", "sales")), "a quantified first letter");
        assertEquals("\\$|dollar", Alternation.of(List.of("\\$", "dollar")), "no plain first letter");
        assertEquals("Cad|cad", Alternation.of(List.of("Cad", "cad")), "letters that differ only in case");
        assertEquals("[ab]c|ad", Alternation.of(List.of("[ab]c", "ad")), "a class first");
    }

    @Test
    void everyVocabularyFindsTheSameMatchesFactoredOnTheSampleTranscripts() throws Exception {
        String text;
        try (Stream<Path> s = Files.list(Path.of("../events/transcripts"))) {
            StringBuilder b = new StringBuilder();
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                b.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
            text = b.toString();
        }
        List<List<String>> groups = new ArrayList<>(Vocabulary.grouped("cues").values());
        for (String name : List.of("segments", "months", "ordinals")) {
            groups.addAll(Vocabulary.grouped(name).values());
        }
        Vocabulary.rows("metric-phrases").forEach(r -> groups.add(List.of(r.get(1))));
        Vocabulary.rows("local-currency").forEach(r -> groups.add(List.of(r.get(2))));
        int matched = 0;
        for (List<String> phrases : groups) {
            Pattern joined = Pattern.compile("(?i)\\b(?:" + String.join("|", phrases) + ")\\b");
            Pattern factored = Pattern.compile("(?i)\\b(?:" + Alternation.of(phrases) + ")\\b");
            List<Map.Entry<Integer, Integer>> expected = matches(joined, text);
            assertEquals(expected, matches(factored, text), factored.pattern());
            matched += expected.size();
        }
        assertEquals(true, matched > 1000, "the texts exercised the vocabularies: " + matched + " matches");
    }

    private static List<Map.Entry<Integer, Integer>> matches(Pattern p, String text) {
        List<Map.Entry<Integer, Integer>> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(Map.entry(m.start(), m.end()));
        }
        return out;
    }
}
