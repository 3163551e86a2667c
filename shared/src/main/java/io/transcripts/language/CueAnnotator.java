package io.transcripts.language;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
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
    private static final List<Pattern> SCREENED = screened();
    private static final int REMINDER_AT = MARKED.indexOf(Cue.REMINDER);
    private static final int DIRECTION_BASE = MARKED.size();
    private static final int BENCHMARK_AT = DIRECTION_BASE + DIRECTIONS.size();
    private static final int FORWARD_AT = BENCHMARK_AT + 1;
    private static final int REPORTED_AT = FORWARD_AT + 1;
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
        List<CueSpan> out = new ArrayList<>();
        BitSet may = SCREEN.candidates(s);
        String own = s;
        if (may.get(BENCHMARK_AT) || may.get(REMINDER_AT)) {
            own = Cue.REMINDER.pattern().matcher(BENCHMARK.matcher(s).replaceAll(" ")).replaceAll(" ");
        }
        // the words left once benchmarks and reminders are blanked out are screened again when any were
        if ((own == s ? may.get(FORWARD_AT) : SCREEN.candidates(own).get(FORWARD_AT)) && Cue.FORWARD.pattern().matcher(own).find()) {
            out.add(new CueSpan(Cue.FORWARD, -1, -1)); // in its own words, not only in a benchmark or a reminder
        }
        if (may.get(REPORTED_AT)) {
            Matcher r = REPORTED.matcher(s);
            if (r.find()) {
                Matcher e = LEADING_EXPECTATION.matcher(s);
                if (!(e.find() && e.start() < r.start())) {
                    out.add(new CueSpan(Cue.REPORTED, r.start(), r.end()));
                }
            }
        }
        for (int i = 0; i < MARKED.size(); i++) {
            if (may.get(i)) {
                mark(out, MARKED.get(i), SCREENED.get(i), s);
            }
        }
        List<CueSpan> directions = new ArrayList<>();
        for (int k = 0; k < DIRECTIONS.size(); k++) {
            if (!may.get(DIRECTION_BASE + k)) {
                continue;
            }
            DirectionRule d = DIRECTIONS.get(k);
            Matcher m = d.pattern().matcher(s);
            while (m.find()) {
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

    private static void mark(List<CueSpan> out, Cue cue, Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (m.find()) {
            out.add(new CueSpan(cue, m.start(), m.end()));
        }
    }

    /** Whether the long-term cue occurs in a stretch of text (a window around one value). */
    public static boolean longTerm(String text) {
        return Cue.LONG_TERM.in(text);
    }
}
