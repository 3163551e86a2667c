package io.transcripts.layout.families;

import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;

/**
 * English with a parallel machine translation, paragraph by paragraph. Speaker headers may be
 * dash or colon shaped; the translation goes into each turn's {@code translation}.
 */
public final class BilingualLayout implements TranscriptLayout {

    @Override
    public String family() {
        return "bilingual";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.97;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        double foreign = text.scripts().foreignLineShare();
        if (foreign < 0.15 || foreign > 0.7 || text.scripts().languages().size() < 2) {
            return 0;
        }
        return Math.min(CEILING, 0.7 + foreign);
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        HeaderRecognizer dash = SpeakerDashLayout.HEADERS;
        HeaderRecognizer colon = SpeakerColonLayout.recognizerFor(text);
        long dashes = HeaderPatterns.count(text.nonBlankLines(), dash);
        long colons = HeaderPatterns.count(text.nonBlankLines(), colon);
        return new LabelledReader(colons > dashes ? colon : dash, true).read(text, family(), confidence);
    }
}
