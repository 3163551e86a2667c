package io.transcripts.structure;

import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.LayoutRegistry;
import io.transcripts.layout.RunningHeaders;
import io.transcripts.layout.SourceText;
import io.transcripts.model.Transcript;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text in, transcript structure out: picks the layout, reads it, resolves the structure. */
public final class TranscriptParser {
    private static final Pattern CALL_WORDS = Pattern.compile(
            "(?i)\\b(earnings|quarter|quarterly|fiscal|revenue|guidance|outlook|results|conference call|operator|"
                    + "analyst|question|forward-looking|ebitda|margin|per share)\\b");
    private static final int MIN_CALL_WORDS = 4;

    private final LayoutRegistry layouts;

    public TranscriptParser(LayoutRegistry layouts) {
        this.layouts = layouts;
    }

    public TranscriptParser() {
        this(LayoutRegistry.discover());
    }

    public Transcript parse(String extracted) throws NotATranscriptException {
        requireCallVocabulary(extracted);
        String text = RunningHeaders.strip(extracted);
        SourceText source = new SourceText(text);
        LayoutReading reading = layouts.read(source);
        return StructureBuilder.build(reading, text);
    }

    /** A text that never speaks of quarters, results, revenue or questions is no earnings call. */
    private static void requireCallVocabulary(String text) throws NotATranscriptException {
        Set<String> seen = new TreeSet<>();
        Matcher m = CALL_WORDS.matcher(text);
        while (m.find() && seen.size() < MIN_CALL_WORDS) {
            seen.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        if (seen.size() < MIN_CALL_WORDS) {
            throw new NotATranscriptException("the text is not an earnings-call transcript: it uses "
                    + (seen.isEmpty() ? "none" : "only " + String.join(", ", seen))
                    + " of the words a call uses (earnings, quarter, revenue, guidance, operator, question...)");
        }
    }
}
