package io.transcripts.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.layout.families.Sentences;
import io.transcripts.model.FiscalPeriod;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence is scanned once by one screen over the cue, period and amount patterns
 * ({@link SentenceAnnotator}); each annotator alone scans with its own. Both read the same spans,
 * on every example and every sentence of the transcripts we hold, and where a sign is rewritten
 * ("$(0.04)") so the amounts' text differs from the sentence scanned.
 */
class SharedScanTest {
    @Test
    void theSharedScanReadsWhatEachAnnotatorReadsAlone() throws IOException {
        FiscalPeriod call = FiscalPeriod.quarter(2025, 3);
        List<String> sentences = sentences();
        sentences.add("Net loss per share was $(0.04), against €(1.2) million and £(3) last year.");
        assertTrue(sentences.size() > 1000, "sentences: " + sentences.size());
        int spans = 0;
        for (String s : sentences) {
            for (boolean outlook : new boolean[] {false, true}) {
                AnnotatedSentence a = SentenceAnnotator.annotate(s, call, outlook);
                List<CueSpan> cues = CueAnnotator.annotate(s);
                boolean forward = cues.stream().anyMatch(c -> c.cue() == Cue.FORWARD);
                boolean reported = cues.stream().anyMatch(c -> c.cue() == Cue.REPORTED);
                assertEquals(cues, a.cues(), s);
                assertEquals(PeriodAnnotator.mentions(s, call, (forward || outlook) && !reported), a.periods(), s);
                assertEquals(AmountAnnotator.ranges(s), a.ranges(), s);
                spans += a.cues().size() + a.periods().size() + a.ranges().size();
            }
        }
        assertTrue(spans > 1000, "spans compared: " + spans);
    }

    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        Examples.textsToCheck().forEach(t -> out.addAll(Sentences.split(t)));
        return out;
    }
}
