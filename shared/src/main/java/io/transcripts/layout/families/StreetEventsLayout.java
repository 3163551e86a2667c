package io.transcripts.layout.families;

import io.transcripts.language.PatternScreen;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import java.util.List;
import java.util.regex.Pattern;

/**
 * StreetEvents / Refinitiv transcripts: upper-case section headings (CORPORATE PARTICIPANTS,
 * PRESENTATION, QUESTIONS AND ANSWERS), rule lines, and "Name, Company - Title [n]" headers.
 */
public final class StreetEventsLayout implements TranscriptLayout {
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)^(CORPORATE PARTICIPANTS|CONFERENCE CALL PARTICIPANTS|PRESENTATION|QUESTIONS AND ANSWERS|"
                    + "EVENT DATE/TIME:.*|DISCLAIMER|Thomson Reuters.*|Refinitiv.*|.*STREETEVENTS.*|Edited Transcript of .*)$");
    private static final PatternScreen MARKER_WORDS = PatternScreen.of(List.of(MARKERS));

    /** A vendor's marker line; the screen spares most lines the regex. */
    private static boolean marker(String line) {
        return MARKER_WORDS.any(line) && MARKERS.matcher(line).matches();
    }
    private static final Pattern NUMBERED = Pattern.compile(".*\\s\\[\\d+]$");

    @Override
    public String family() {
        return "streetevents";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.98;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        long markers = text.count(l -> marker(l));
        if (markers < 2) {
            return 0; // the headers, dearer to count, are not counted
        }
        long numbered = text.count(l -> l.endsWith("]") && NUMBERED.matcher(l).matches() && SpeakerDashLayout.HEADERS.recognize(l) != null);
        if (numbered < 2) {
            return 0;
        }
        return Math.min(CEILING, 0.7 + 0.05 * markers + 0.01 * numbered);
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(SpeakerDashLayout.HEADERS, false).read(text, family(), confidence);
    }
}
