package io.transcripts.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Ordinal words ("third", "3rd") of {@code language/ordinals.tsv}, for quarters and halves. */
public final class Ordinals {
    private static final Map<Pattern, Integer> ORDINALS = new LinkedHashMap<>();
    /** Any ordinal word, as a non-capturing alternation. */
    public static final String WORDS;

    static {
        List<String> words = new ArrayList<>();
        for (List<String> row : Vocabulary.rows("ordinals")) {
            ORDINALS.put(Pattern.compile("(?i)" + row.get(1)), Integer.parseInt(row.get(0)));
            words.add(row.get(1));
        }
        WORDS = Vocabulary.alternation(words);
    }

    private Ordinals() {
    }

    /** The number of an ordinal word, or -1. */
    public static int number(String word) {
        for (Map.Entry<Pattern, Integer> e : ORDINALS.entrySet()) {
            if (e.getKey().matcher(word.strip()).matches()) {
                return e.getValue();
            }
        }
        return -1;
    }
}
