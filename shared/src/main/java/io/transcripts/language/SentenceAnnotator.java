package io.transcripts.language;

import io.transcripts.model.Basis;
import io.transcripts.model.FiscalCalendar;
import io.transcripts.model.FiscalPeriod;
import java.util.List;

/** Runs every annotator over one sentence of a call. */
public final class SentenceAnnotator {
    /** One automaton over the cue, period and amount patterns: a sentence is scanned once, not once per annotator. */
    private static final PatternScreen SCREEN = PatternScreen.of(java.util.stream.Stream.of(CueAnnotator.SCREENED,
            PeriodAnnotator.SCREENED, AmountAnnotator.SCREENED).flatMap(List::stream).toList());

    private SentenceAnnotator() {
    }

    /**
     * @param call the call's own period, against which periods without a year resolve (null: unknown)
     * @param outlookBefore whether the sentences before this one in the turn looked ahead
     */
    public static AnnotatedSentence annotate(String s, FiscalPeriod call, boolean outlookBefore) {
        return annotate(s, call, outlookBefore, null, null);
    }

    /**
     * @param declared the basis the call declared for its figures, or null
     * @param calendar the company's fiscal calendar where the call tells it, or null
     */
    public static AnnotatedSentence annotate(String s, FiscalPeriod call, boolean outlookBefore, Basis declared,
                                             FiscalCalendar calendar) {
        return annotate(s, call, outlookBefore, declared, calendar, CallLexicon.NONE);
    }

    /** @param lexicon what the whole call teaches: its names, the company's own, its local currency */
    public static AnnotatedSentence annotate(String s, FiscalPeriod call, boolean outlookBefore, Basis declared,
                                             FiscalCalendar calendar, CallLexicon lexicon) {
        PatternScreen.Found found = SCREEN.found(s);
        List<CueSpan> cues = CueAnnotator.annotate(s, found);
        boolean forward = cues.stream().anyMatch(c -> c.cue() == Cue.FORWARD);
        boolean reported = cues.stream().anyMatch(c -> c.cue() == Cue.REPORTED);
        List<PeriodMention> periods = PeriodAnnotator.mentions(s, call, (forward || outlookBefore) && !reported, calendar, found);
        return new AnnotatedSentence(s, AmountAnnotator.ranges(s, lexicon.currency(), found), periods,
                () -> MetricAnnotator.mentions(s, declared, lexicon), cues);
    }
}
