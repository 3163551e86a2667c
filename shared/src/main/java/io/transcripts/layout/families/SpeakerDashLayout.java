package io.transcripts.layout.families;

import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import java.util.List;

/** Turns introduced by "Name - Title" (or "Name - Firm - Analyst") header lines. */
public final class SpeakerDashLayout implements TranscriptLayout {
    static final HeaderRecognizer HEADERS = line -> HeaderPatterns.separated(line, "\\s+[-–—]\\s+");

    @Override
    public String family() {
        return "speaker-dash";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.9;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        List<String> lines = text.nonBlankLines();
        long headers = 0;
        // each line recognised once: a line is asked about as itself and as the next line's follower
        boolean[] header = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            header[i] = HEADERS.recognize(lines.get(i)) != null;
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            // in a participant list one "Name - Title" line follows another: no turn starts there
            boolean listed = i + 1 < lines.size() && header[i + 1];
            if (!header[i] || listed || l.contains("--") || l.equalsIgnoreCase("operator")) {
                continue;
            }
            // under a name alone on its line, "Firm - Title" is the second line of a two-line header, not a dash header
            if (i == 0 || HeaderPatterns.nameThenTitle(lines, i - 1) == null) {
                headers++;
            }
        }
        if (headers < 3) {
            return 0;
        }
        return Math.min(CEILING, 0.5 + 0.4 * Math.min(1.0, headers / 10.0));
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(HEADERS, false).read(text, family(), confidence);
    }
}
