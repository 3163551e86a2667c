package io.transcripts.layout.families;

import io.transcripts.language.PatternScreen;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Seeking Alpha pages: "Company Participants" and "Conference Call Participants" lists of
 * "Name - Title" lines, then each turn under its speaker's name alone on a line. A name line is a
 * header only when the list names that person or the document uses the line as a header again,
 * so a short capitalised sentence is not taken for a speaker.
 */
public final class SeekingAlphaLayout implements TranscriptLayout {
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)^(company participants|conference call participants|question-and-answer session|"
                    + ".*earnings call transcript|.*seeking alpha.*|.*seekingalpha.*)$");
    private static final PatternScreen MARKER_WORDS = PatternScreen.of(List.of(MARKERS));

    /** A vendor's marker line; the screen spares most lines the regex. */
    private static boolean marker(String line) {
        return MARKER_WORDS.any(line) && MARKERS.matcher(line).matches();
    }
    private static final Pattern LISTED = Pattern.compile("^(" + Names.NAME + ")\\s+[-–—]\\s+.+$");

    @Override
    public String family() {
        return "seeking-alpha";
    }

    /** The most confidence this layout gives (see {@link #confidence}). */
    private static final double CEILING = 0.95;

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
        long headers = HeaderPatterns.count(text.nonBlankLines(), recognizerFor(text));
        if (headers < 3) {
            return 0;
        }
        return Math.min(CEILING, 0.7 + 0.04 * Math.min(markers, 4) + 0.005 * headers);
    }

    @Override
    public LayoutReading read(SourceText text, double confidence) {
        return new LabelledReader(recognizerFor(text), false).read(text, family(), confidence);
    }

    static HeaderRecognizer recognizerFor(SourceText text) {
        Set<String> listed = new HashSet<>();
        Map<String, Integer> alone = new HashMap<>();
        for (String l : text.nonBlankLines()) {
            var m = LISTED.matcher(l);
            if (m.matches()) {
                listed.add(m.group(1).strip());
            } else if (Names.looksLikeName(l.strip())) {
                alone.merge(l.strip(), 1, Integer::sum);
            }
        }
        return line -> {
            HeaderRecognizer.Header op = HeaderPatterns.operator(line);
            if (op != null) {
                return op;
            }
            String name = line.strip();
            if (!Names.looksLikeName(name) || Titles.isTitleLine(name) || Tokens.count(name) < 2) {
                return null;
            }
            boolean known = listed.stream().anyMatch(n -> Names.samePerson(n, name));
            return known || alone.getOrDefault(name, 0) >= 2
                    ? new HeaderRecognizer.Header(name, null, null, Role.UNKNOWN, "") : null;
        };
    }
}
