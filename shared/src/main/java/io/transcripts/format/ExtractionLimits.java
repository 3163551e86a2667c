package io.transcripts.format;

/**
 * Bounds on untrusted documents: the bytes we accept, the characters we keep, and how deep
 * a document may nest elements before we stop reading it.
 */
public record ExtractionLimits(long maxBytes, int maxChars, int maxElementDepth) {
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(50L * 1024 * 1024, 5_000_000, 200);

    public ExtractionLimits {
        if (maxBytes <= 0 || maxChars <= 0 || maxElementDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
