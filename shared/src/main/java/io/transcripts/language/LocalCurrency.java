package io.transcripts.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** One row of local-currency.tsv: an ambiguous word, the currency it may mean, the evidence for it. */
    private record Candidate(String word, String currency, Pattern evidence) {
    }

    private static final List<Candidate> CANDIDATES = Vocabulary.rows("local-currency").stream()
            .map(r -> new Candidate(r.get(0), r.get(1), Pattern.compile("(?i)\\b" + Vocabulary.alternation(List.of(r.get(2))) + "\\b"))).toList();

    /** One pass over the call tells which evidence patterns can occur in it at all. */
    private static final PatternScreen SCREEN = PatternScreen.of(java.util.stream.Stream.concat(java.util.stream.Stream.of(US_MARKED),
            CANDIDATES.stream().map(Candidate::evidence)).toList());

    static LocalCurrency learn(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> best = new LinkedHashMap<>();
        PatternScreen.Found may = SCREEN.found(text); // each count then searches only near its words
        boolean usMarked = may.may(US_MARKED) && may.count(US_MARKED) >= 2;
        for (Candidate c : CANDIDATES) {
            if (c.word().equals("$") && !usMarked || !may.may(c.evidence())) {
                continue; // bare dollars stay U.S. dollars; evidence the call never writes counts nothing
            }
            int n = may.count(c.evidence());
            if (n > best.getOrDefault(c.word(), 0)) {
                best.put(c.word(), n);
                out.put(c.word(), c.currency());
            }
        }
        return new LocalCurrency(out);
    }
}
