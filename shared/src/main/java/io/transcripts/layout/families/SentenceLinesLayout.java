package io.transcripts.layout.families;

import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import java.util.List;

/** One sentence a line and no speaker labels (research datasets): turns come from hand-over cues. */
public final class SentenceLinesLayout implements TranscriptLayout {

    @Override
    public String family() {
        return "sentence-lines";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.6;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        List<String> lines = text.nonBlankLines();
        if (lines.size() < 15) {
            return 0;
        }
        long single = lines.stream().filter(l -> l.length() < 600 && Sentences.split(l).size() <= 2).count();
        double share = (double) single / lines.size();
        return share >= 0.85 ? Math.min(CEILING, 0.45 + 0.15 * share) : 0;
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return Unlabelled.reading(family(), confidence, text, text.nonBlankLines());
    }
}
