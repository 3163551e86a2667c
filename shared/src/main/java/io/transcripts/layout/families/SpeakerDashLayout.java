package io.transcripts.layout.families;

import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;

/** Turns introduced by "Name - Title" (or "Name - Firm - Analyst") header lines. */
public final class SpeakerDashLayout implements TranscriptLayout {
    static final HeaderRecognizer HEADERS = line -> HeaderPatterns.separated(line, "\\s+[-–—]\\s+");

    @Override
    public String family() {
        return "speaker-dash";
    }

    @Override
    public double confidence(SourceText text) {
        long headers = text.count(l -> !l.contains(" -- ") && HEADERS.recognize(l) != null && !l.equalsIgnoreCase("operator"));
        if (headers < 3) {
            return 0;
        }
        return Math.min(0.9, 0.5 + 0.4 * Math.min(1.0, headers / 10.0));
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(HEADERS, false).read(text, family(), confidence);
    }
}
