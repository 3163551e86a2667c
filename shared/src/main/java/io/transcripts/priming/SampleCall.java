package io.transcripts.priming;

import io.transcripts.export.Json;
import io.transcripts.financials.FinancialExtractor;
import io.transcripts.financials.Financials;
import io.transcripts.model.Transcript;
import io.transcripts.structure.NotATranscriptException;
import io.transcripts.structure.TranscriptParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A built-in sample call (a copy of events/transcripts/aurora-networks-q3-fy2025-motley.txt) that
 * a function runs through the domain before its first real event, so the classes, vocabularies,
 * compiled patterns and JIT-compiled paths a transcript needs are ready: before a SnapStart
 * snapshot, or at init where PRIME_ON_INIT asks for it.
 */
public final class SampleCall {
    private static final String RESOURCE = "/priming/sample-call.txt";

    private SampleCall() {
    }

    public static String text() {
        try (InputStream in = SampleCall.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample call is missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /**
     * Layout, structure, financial reading and the export's JSON both ways, {@code rounds} times
     * (a few rounds let the JIT compile the hot paths); returns the guidance items of the last round,
     * which a caller may check.
     */
    public static int warm(int rounds) {
        TranscriptParser parser = new TranscriptParser();
        String text = text();
        int guidance = 0;
        try {
            for (int i = 0; i < rounds; i++) {
                Transcript t = Json.read(Json.write(parser.parse(text)), Transcript.class);
                Financials f = FinancialExtractor.extract(t);
                guidance = Json.read(Json.write(f), Financials.class).guidance().size();
            }
        } catch (NotATranscriptException e) {
            throw new IllegalStateException("the built-in sample is no longer read as a transcript: " + e.getMessage(), e);
        }
        return guidance;
    }
}
