package io.transcripts.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which currency a call's ambiguous money words mean, from {@code language/local-currency.tsv}: a
 * bare "$" is the U.S. dollar unless the call marks U.S. amounts as such ("US$2.5 billion") and
 * names a dollar country, whose dollar it then is; "kroner" is the krone of the country the call
 * names. A word no evidence resolves keeps the currency of {@code currencies.tsv}, or none.
 */
public record LocalCurrency(Map<String, String> chosen) {
    public static final LocalCurrency NONE = new LocalCurrency(Map.of());
    private static final Pattern US_MARKED = Pattern.compile("(?i)(?:\\bUS\\$|\\bU\\.S\\.\\s+dollars?\\b|\\bUSD\\s?\\d)");

    public LocalCurrency {
        chosen = Map.copyOf(chosen);
    }

    /** The currency for an ambiguous word ("$", "kroner") in this call, or null where none was learned. */
    public String currencyOf(String word) {
        return chosen.get(word);
    }

    static LocalCurrency learn(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, int[]> best = new LinkedHashMap<>();
        for (List<String> row : Vocabulary.rows("local-currency")) {
            String word = row.get(0);
            if (word.equals("$") && !usMarked(text)) {
                continue; // bare dollars stay U.S. dollars
            }
            int n = count(Pattern.compile("(?i)\\b(?:" + row.get(2) + ")\\b"), text);
            int[] b = best.computeIfAbsent(word, k -> new int[] {0});
            if (n > b[0]) {
                b[0] = n;
                out.put(word, row.get(1));
            }
        }
        return new LocalCurrency(out);
    }

    private static boolean usMarked(String text) {
        return count(US_MARKED, text) >= 2;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
