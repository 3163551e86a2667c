package io.transcripts.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks what a sentence does with its numbers: looks ahead, reports, reminds, quotes someone
 * else, supposes, spans a trailing period, aims long-term, and which direction it gives guidance.
 * The phrases are the roles of {@code language/cues.tsv}; this class holds only how they combine.
 */
public final class CueAnnotator {
    private static final Pattern REPORTED = Pattern.compile(Cue.REPORTED.pattern().pattern()
            // a balance held now ("we have $600 million in cash"), not "we have raised our outlook"
            + "|(?i)\\bwe\\s+(?:have|hold)\\s+(?:" + Cue.APPROXIMATELY.words() + "\\s+)?(?=[$€£₹\\d])");
    /** "We expect", said first: the sentence looks ahead whatever past tense a later clause uses. */
    private static final Pattern LEADING_EXPECTATION = Pattern.compile(
            "(?i)\\bwe\\s*(?:now\\s+|currently\\s+|continue\\s+to\\s+)?" + Cue.EXPECTATION_VERB.words() + "\\b");
    /** Measures a reported number against guidance: "above the high end of our range of ...". */
    private static final Pattern BENCHMARK = Pattern.compile("(?i)\\b(?:" + Cue.BENCHMARK.words() + "|" + Cue.COMPARISON.words()
            + ")\\b[^.;]{0,60}?\\b" + Cue.OUTLOOK_NOUN.words() + "\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)^\\s*if\\b|" + Cue.HYPOTHETICAL.pattern().pattern());
    private static final String ABOUT = "[^.;]{0,70}?\\b" + Cue.GUIDANCE_OBJECT.words() + "\\b";
    /** The guidance as the verb's object, a few words on: "raising our fiscal 2026 revenue guidance". */
    private static final String OBJECT = "\\s+(?:[^\\s.;,]+\\s+){0,5}?" + Cue.GUIDANCE_OBJECT.words() + "\\b";
    private static final String NOUN_THEN = "\\b" + Cue.OUTLOOK_NOUN.words() + "\\b[^.;]{0,50}?\\b";

    /** Direction cues, strongest first: an earlier cue of a stronger kind wins a tie at one position. */
    private static final List<DirectionRule> DIRECTIONS = List.of(
            new DirectionRule(Cue.WITHDRAWN, Pattern.compile("(?i)\\b" + Cue.WITHDRAWN.words() + "\\b" + ABOUT
                    + "|" + Cue.WITHDRAWN_ALONE.pattern().pattern())),
            new DirectionRule(Cue.NARROWED, Pattern.compile("(?i)\\b" + Cue.NARROWED.words() + "\\b" + ABOUT
                    + "|" + NOUN_THEN + Cue.NARROWED.words())),
            new DirectionRule(Cue.WIDENED, Pattern.compile("(?i)\\b" + Cue.WIDENED.words() + "\\b" + ABOUT
                    + "|" + NOUN_THEN + Cue.WIDENED.words())),
            new DirectionRule(Cue.RAISED, Pattern.compile("(?i)\\b" + Cue.RAISED.words() + OBJECT + "|" + Cue.ABOVE_PRIOR.pattern().pattern())),
            new DirectionRule(Cue.LOWERED, Pattern.compile("(?i)\\b" + Cue.LOWERED.words() + OBJECT + "|" + Cue.BELOW_PRIOR.pattern().pattern())),
            new DirectionRule(Cue.REITERATED, Pattern.compile("(?i)\\b" + Cue.REITERATED.words() + "\\b" + ABOUT
                    + "|" + Cue.REITERATED_ALONE.pattern().pattern() + "|" + NOUN_THEN + Cue.UNCHANGED.words() + "\\b")),
            new DirectionRule(Cue.INITIATED, Pattern.compile("(?i)\\b" + Cue.INITIATED.words() + "\\b" + ABOUT)));

    private record DirectionRule(Cue cue, Pattern pattern) {
    }

    /** The cues {@link #annotate} marks once each, in the order it marks them. */
    private static final List<Cue> MARKED = List.of(Cue.REMINDER, Cue.NOT_OURS, Cue.HYPOTHETICAL, Cue.TRAILING, Cue.LONG_TERM,
            Cue.RESPECTIVELY);
    /** Every pattern a sentence may run: the marked cues, then the directions, then the rest. */
    static final List<Pattern> SCREENED = screened();
    private static final int REMINDER_AT = MARKED.indexOf(Cue.REMINDER);
    private static final PatternScreen SCREEN = PatternScreen.of(SCREENED);

    private static List<Pattern> screened() {
        List<Pattern> out = new ArrayList<>();
        for (Cue c : MARKED) {
            out.add(c == Cue.HYPOTHETICAL ? HYPOTHETICAL : c.pattern());
        }
        DIRECTIONS.forEach(d -> out.add(d.pattern()));
        out.add(BENCHMARK);
        out.add(Cue.FORWARD.pattern());
        out.add(REPORTED);
        return List.copyOf(out);
    }

    private CueAnnotator() {
    }

    /** The cues of a sentence, in order of position. */
    public static List<CueSpan> annotate(String s) {
        return annotate(s, SCREEN.found(s));
    }

    /** @param found the sentence's scan by a screen holding {@link #SCREENED}: each pattern is then tried only where its words are */
    static List<CueSpan> annotate(String s, PatternScreen.Found found) {
        List<CueSpan> out = new ArrayList<>();
        // the sentence's own words: benchmarks, then reminders, blanked out
        String own = blank(s, found.all(BENCHMARK));
        own = blank(own, (own == s ? found : SCREEN.found(own)).all(SCREENED.get(REMINDER_AT)));
        // the words left once benchmarks and reminders are blanked out are screened again when any were
        if ((own == s ? found : SCREEN.found(own)).find(Cue.FORWARD.pattern(), 0) != null) {
            out.add(new CueSpan(Cue.FORWARD, -1, -1)); // in its own words, not only in a benchmark or a reminder
        }
        MatchResult r = found.find(REPORTED, 0);
        if (r != null) {
            Matcher e = LEADING_EXPECTATION.matcher(s);
            if (!(e.find() && e.start() < r.start())) {
                out.add(new CueSpan(Cue.REPORTED, r.start(), r.end()));
            }
        }
        for (int i = 0; i < MARKED.size(); i++) {
            MatchResult m = found.find(SCREENED.get(i), 0);
            if (m != null) {
                out.add(new CueSpan(MARKED.get(i), m.start(), m.end()));
            }
        }
        List<CueSpan> directions = new ArrayList<>();
        for (DirectionRule d : DIRECTIONS) {
            for (MatchResult m = found.find(d.pattern(), 0); m != null; m = found.find(d.pattern(), Math.max(m.end(), m.start() + 1))) {
                int at = m.start();
                if (directions.stream().noneMatch(x -> x.start() == at)) {
                    directions.add(new CueSpan(d.cue(), at, m.end()));
                }
            }
        }
        out.addAll(directions);
        out.sort(Comparator.comparingInt(CueSpan::start));
        return out;
    }

    /** The text with each match replaced by a space, as {@code replaceAll(" ")} writes it; the text itself where none. */
    private static String blank(String s, List<MatchResult> matches) {
        if (matches.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        for (MatchResult m : matches) {
            out.append(s, at, m.start()).append(' ');
            at = m.end();
        }
        return out.append(s, at, s.length()).toString();
    }

    /** Whether the long-term cue occurs in a stretch of text (a window around one value). */
    public static boolean longTerm(String text) {
        return Cue.LONG_TERM.in(text);
    }
}
