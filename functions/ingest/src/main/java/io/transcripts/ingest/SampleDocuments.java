package io.transcripts.ingest;

import io.transcripts.format.ExtractionException;
import io.transcripts.format.TextExtractor;
import io.transcripts.priming.SampleCall;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample call in each format ingest reads (text, HTML, PDF, Word), put through the function's
 * own extractor so Tika's detectors and parsers are loaded and run before the first upload, then
 * through the domain.
 */
final class SampleDocuments {
    private SampleDocuments() {
    }

    static void warm(TextExtractor extractor) {
        String text = SampleCall.text();
        try {
            extractor.extract(text.getBytes(StandardCharsets.UTF_8), "sample-call.txt");
            extractor.extract(html(text).getBytes(StandardCharsets.UTF_8), "sample-call.html");
            extractor.extract(resource("sample-call.pdf"), "sample-call.pdf");
            extractor.extract(resource("sample-call.docx"), "sample-call.docx");
        } catch (ExtractionException e) {
            throw new IllegalStateException("a built-in sample could not be read: " + e.getMessage(), e);
        }
        SampleCall.warm(3);
    }

    private static String html(String text) {
        StringBuilder sb = new StringBuilder("<html><head><title>Sample call</title></head><body>");
        for (String line : text.split("\n")) {
            sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return sb.append("</body></html>").toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/priming/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the artifact: /priming/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
