package io.transcripts.layout.families;

import io.transcripts.layout.HeaderRecognizer;
import io.transcripts.layout.LabelledReader;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.Names;
import io.transcripts.layout.SourceText;
import io.transcripts.layout.Titles;
import io.transcripts.layout.Tokens;
import io.transcripts.layout.TranscriptLayout;
import io.transcripts.model.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Name: text" turns. A colon line is a label only when it names a person the document uses as
 * a label more than once, or a full name, or the operator: "Note: all figures are unaudited." is not.
 */
public final class SpeakerColonLayout implements TranscriptLayout {
    private static final Pattern FIGURES = Pattern.compile("[-−(]?(?:[A-Z]{0,2}\\$|[€£¥])?\\d");
    private static final Pattern LABEL = Pattern.compile(
            "^(" + Names.NAME + ")(?:\\s*\\(([^)]{2,80})\\)|,\\s*([^:(]{2,80}))?\\s*:\\s*(.*)$");

    @Override
    public String family() {
        return "speaker-colon";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.9;

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public double confidence(SourceText text) {
        HeaderRecognizer r = recognizerFor(text);
        long labels = HeaderPatterns.count(text.nonBlankLines(), r);
        if (labels < 3) {
            return 0;
        }
        return Math.min(CEILING, 0.5 + 0.4 * Math.min(1.0, labels / 10.0));
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(recognizerFor(text), false).read(text, family(), confidence);
    }

    /** A recogniser that knows how often each candidate label occurs in this document. */
    static HeaderRecognizer recognizerFor(SourceText text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : text.nonBlankLines()) {
            Matcher m = LABEL.matcher(l);
            if (m.matches()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return line -> {
            Matcher m = LABEL.matcher(line);
            if (!m.matches()) {
                return null;
            }
            String name = m.group(1).strip();
            String title = m.group(2) != null ? m.group(2).strip() : m.group(3) != null ? m.group(3).strip() : null;
            String rest = m.group(4).strip();
            if (Names.isOperator(name)) {
                return new HeaderRecognizer.Header("Operator", null, null, Role.OPERATOR, rest);
            }
            if (FIGURES.matcher(rest).lookingAt()) {
                return null; // a table row of figures ("Adjusted EPS: $0.40 - $0.45"), not speech
            }
            boolean fullName = Tokens.count(name) >= 2;
            if (!Names.looksLikeName(name) || !(fullName || counts.getOrDefault(name, 0) >= 2)) {
                return null;
            }
            Role role = Titles.isAnalystTitle(title) ? Role.ANALYST
                    : Titles.isExecutiveTitle(title) ? Role.EXECUTIVE : Role.UNKNOWN;
            return new HeaderRecognizer.Header(name, title, null, role, rest);
        };
    }
}
