package io.transcripts.layout.families;

import io.transcripts.language.PatternScreen;
import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.Names;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.TranscriptLayout;
import io.transcripts.model.Role;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FactSet CallStreet transcripts: MANAGEMENT DISCUSSION SECTION and QUESTION AND ANSWER SECTION,
 * dot-leader rules between turns, "Operator: text", and speakers as a name line over a
 * "Title, Company" line ending in Q or A, or inline as "<Q - Name>: text" in older files.
 */
public final class CallStreetLayout implements TranscriptLayout {
    private static final Pattern INLINE = Pattern.compile("^<([QA])\\s*-\\s*(" + Names.NAME + ")>\\s*:?\\s*(.*)$");
    private static final Pattern OPERATOR_INLINE = Pattern.compile("(?i)^operator\\s*:\\s*(.*)$");
    static final HeaderRecognizer HEADERS = HeaderPatterns.orNameThenTitle(CallStreetLayout::oneLine);
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)^(management discussion section|question and answer section|.*callstreet.*|.*factset.*|"
                    + "corrected transcript|[.…]{10,})$");
    private static final PatternScreen MARKER_WORDS = PatternScreen.of(List.of(MARKERS));

    /** A vendor's marker line; the screen spares most lines the regex. */
    private static boolean marker(String line) {
        return MARKER_WORDS.any(line) && MARKERS.matcher(line).matches();
    }

    private static HeaderRecognizer.Header oneLine(String line) {
        Matcher m = INLINE.matcher(line);
        if (m.matches()) {
            return new HeaderRecognizer.Header(m.group(2).strip(), null, null,
                    m.group(1).equals("Q") ? Role.ANALYST : Role.EXECUTIVE, m.group(3).strip());
        }
        Matcher op = OPERATOR_INLINE.matcher(line);
        if (op.matches()) {
            return new HeaderRecognizer.Header("Operator", null, null, Role.OPERATOR, op.group(1).strip());
        }
        return HeaderPatterns.operator(line);
    }

    @Override
    public String family() {
        return "callstreet";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.97;

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
        long headers = HeaderPatterns.count(text.nonBlankLines(), HEADERS);
        if (headers < 3) {
            return 0;
        }
        return Math.min(CEILING, 0.72 + 0.03 * Math.min(markers, 6) + 0.005 * headers);
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(HEADERS, false).read(text, family(), confidence);
    }
}
