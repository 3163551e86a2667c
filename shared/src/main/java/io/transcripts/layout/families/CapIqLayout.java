package io.transcripts.layout.families;

import io.transcripts.language.PatternScreen;
import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.Sections;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import java.util.List;
import java.util.regex.Pattern;

/**
 * S&P Capital IQ transcripts: "Call Participants" with EXECUTIVES and ANALYSTS lists, "Presentation"
 * and "Question and Answer" headings, and two-line speaker headers: the name, then the title or the
 * analyst's "Firm, Research Division".
 */
public final class CapIqLayout implements TranscriptLayout {
    static final HeaderRecognizer HEADERS = HeaderPatterns.orNameThenTitle(HeaderPatterns::operator);
    private static final HeaderRecognizer SPEAKERS = HeaderPatterns.orNameThenTitle(line -> null);
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)^(call participants|executives|analysts|presentation|question and answer|.*research division|"
                    + ".*s&p global market intelligence.*|.*capital iq.*|.*earnings call\\s*\\|.*)$");
    private static final PatternScreen MARKER_WORDS = PatternScreen.of(List.of(MARKERS));

    /** A vendor's marker line; the screen spares most lines the regex. */
    private static boolean marker(String line) {
        return MARKER_WORDS.any(line) && MARKERS.matcher(line).matches();
    }

    @Override
    public String family() {
        return "capiq";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.96;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        long markers = text.count(l -> marker(l) || Sections.isQaHeading(l) || Sections.isParticipantsHeading(l));
        long headers = HeaderPatterns.count(text.nonBlankLines(), SPEAKERS); // the operator's line is in every layout
        if (headers < 3) {
            return 0;
        }
        if (markers < 3) {
            // name-over-title headers from an unknown source: still the best reading, with less certainty
            return headers >= 4 ? 0.62 : 0;
        }
        return Math.min(CEILING, 0.7 + 0.03 * Math.min(markers, 6) + 0.005 * headers);
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(HEADERS, false).read(text, family(), confidence);
    }
}
