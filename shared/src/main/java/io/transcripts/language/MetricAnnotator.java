package io.transcripts.language;

import io.transcripts.model.Basis;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks the metrics a sentence names, with the phrases of {@code language/metric-phrases.tsv}.
 * Phrases compete by longest match, so "sales" inside "sales and marketing" or "revenue" inside
 * "deferred revenue" never names revenue; blockers win the competition and name nothing.
 */
public final class MetricAnnotator {
    private static final String BLOCK = "BLOCK";

    private record Phrase(String metric, Pattern pattern) {
    }

    private static final List<Phrase> PHRASES = load();
    private static final PatternScreen SCREEN = PatternScreen.of(PHRASES.stream().map(Phrase::pattern).toList());
    private static final Pattern NON_GAAP_BEFORE = Pattern.compile("(?s).*\\b(?:non-gaap|adjusted)\\s+$");
    private static final Pattern GAAP_BEFORE = Pattern.compile("(?s).*\\bgaap\\s+$");

    private MetricAnnotator() {
    }

    /** Metric mentions (and blockers) in order of position; the longest phrase wins an overlap. */
    public static List<MetricMention> mentions(String sentence) {
        return mentions(sentence, null);
    }

    /**
     * As {@link #mentions(String)}, on a call that declared its figures on {@code declared} basis
     * (null: none declared): a metric the words give no basis then takes the declared one.
     */
    public static List<MetricMention> mentions(String sentence, Basis declared) {
        return mentions(sentence, declared, CallLexicon.NONE);
    }

    /** As {@link #mentions(String, Basis)}, naming the segment a mention is about where the call's names give one. */
    public static List<MetricMention> mentions(String sentence, Basis declared, CallLexicon lexicon) {
        List<MetricMention> all = new ArrayList<>();
        PatternScreen.Found found = SCREEN.found(sentence); // each phrase is then tried only where its words are
        BitSet candidates = found.candidates();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Phrase p = PHRASES.get(i);
            for (java.util.regex.MatchResult m : found.all(p.pattern())) {
                all.add(new MetricMention(p.metric(), null, m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt((MetricMention x) -> -(x.end() - x.start())).thenComparingInt(MetricMention::start));
        List<MetricMention> chosen = new ArrayList<>();
        for (MetricMention c : all) {
            if (chosen.stream().noneMatch(x -> c.start() < x.end() && c.end() > x.start())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(MetricMention::start));
        List<MetricMention> out = new ArrayList<>();
        String subject = Segments.subject(sentence, lexicon);
        for (MetricMention c : chosen) {
            out.add(c.blocker() ? c : segmented(sentence, typed(sentence, c, declared), subject, lexicon));
        }
        return out;
    }

    private static MetricMention segmented(String sentence, MetricMention c, String subject, CallLexicon lexicon) {
        if (!Metrics.get(c.metric()).segments() || Segments.wholeCompany(sentence.substring(c.start(), c.end()))) {
            return c;
        }
        String named = Segments.before(sentence, c.start(), lexicon);
        return named != null ? c.inSegment(named) : subject != null ? c.inSegment(subject) : c;
    }

    private static MetricMention typed(String sentence, MetricMention c, Basis declared) {
        Basis said = said(sentence, c);
        MetricDefinition d = Metrics.get(c.metric());
        if (said == null && declared == Basis.NON_GAAP && d.nonGaapAs() != null) {
            return new MetricMention(d.nonGaapAs(), Basis.NON_GAAP, c.start(), c.end());
        }
        return new MetricMention(c.metric(), d.basis().fromWords(said), c.start(), c.end());
    }

    /** The basis the words around a mention state, or null. */
    private static Basis said(String sentence, MetricMention c) {
        String phrase = sentence.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
        String before = sentence.substring(Math.max(0, c.start() - 20), c.start()).toLowerCase(Locale.ROOT);
        Basis said = null;
        if (phrase.contains("non-gaap") || phrase.contains("adjusted") || NON_GAAP_BEFORE.matcher(before).matches()) {
            said = Basis.NON_GAAP;
        } else if (phrase.contains("gaap") || GAAP_BEFORE.matcher(before).matches()) {
            said = Basis.GAAP;
        }
        return said;
    }

    private static List<Phrase> load() {
        List<Phrase> out = new ArrayList<>();
        for (List<String> row : Vocabulary.rows("metric-phrases")) {
            String metric = row.get(0).equals(BLOCK) ? null : row.get(0);
            if (metric != null && !Metrics.exists(metric)) {
                throw new IllegalStateException("language/metric-phrases.tsv: " + metric + " is not in language/metrics.tsv");
            }
            out.add(new Phrase(metric, Pattern.compile("(?i)\\b" + Vocabulary.alternation(List.of(row.get(1))) + "\\b")));
        }
        return List.copyOf(out);
    }
}
