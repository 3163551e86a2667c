package io.transcripts.layout.families;

import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import java.util.ArrayList;
import java.util.List;

/** Paragraphs of speech without speaker labels: split into sentences, then read like sentence lines. */
public final class ProseLayout implements TranscriptLayout {

    @Override
    public String family() {
        return "prose";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.4;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        List<String> lines = text.nonBlankLines();
        if (lines.isEmpty()) {
            return 0;
        }
        double sentencesPerLine = lines.stream().mapToInt(l -> Sentences.split(l).size()).average().orElse(0);
        return sentencesPerLine >= 2.5 ? CEILING : 0.2;
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        List<String> units = new ArrayList<>();
        for (String l : text.nonBlankLines()) {
            units.addAll(Sentences.split(l));
        }
        return Unlabelled.reading(family(), confidence, text, units);
    }
}
