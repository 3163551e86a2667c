package io.transcripts.layout.families;

import io.transcripts.language.PatternScreen;
import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import java.util.List;
import java.util.regex.Pattern;

/** Motley Fool pages: "Name -- Title" headers (older pages: "Name--Title"), "Prepared Remarks:" / "Questions and Answers:" / "Call participants:". */
public final class MotleyFoolLayout implements TranscriptLayout {
    private static final HeaderRecognizer HEADERS = line -> HeaderPatterns.separated(line, "\\s*--\\s*");
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)^(prepared remarks:|questions (and|&) answers:|call participants:|image source: the motley fool\\.?|"
                    + "duration: \\d+ minutes|.*motley fool.*)$");
    private static final PatternScreen MARKER_WORDS = PatternScreen.of(List.of(MARKERS));

    /** A vendor's marker line; the screen spares most lines the regex. */
    private static boolean marker(String line) {
        return MARKER_WORDS.any(line) && MARKERS.matcher(line).matches();
    }

    @Override
    public String family() {
        return "motley-fool";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.99;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        long headers = text.count(l -> l.contains("--") && HEADERS.recognize(l) != null);
        if (headers < 2) {
            return 0;
        }
        long markers = text.count(l -> marker(l));
        return Math.min(CEILING, 0.55 + 0.02 * Math.min(headers, 10) + 0.08 * Math.min(markers, 4));
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(HEADERS, false).read(text, family(), confidence);
    }
}
