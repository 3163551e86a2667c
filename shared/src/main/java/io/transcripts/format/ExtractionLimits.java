package io.transcripts.format;

/**
 * Bounds on untrusted documents: the bytes we accept, the characters we keep, how deep a document
 * may nest elements before we stop reading it, and how long reading it may take.
 */
public record ExtractionLimits(long maxBytes, int maxChars, int maxElementDepth, java.time.Duration maxParseTime) {
    /** Well inside the ingest function's timeout, so a runaway parse ends as a FAILED record, not a kill. */
    public static final java.time.Duration PARSE_TIME = java.time.Duration.ofSeconds(45);
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(50L * 1024 * 1024, 5_000_000, 200);

    public ExtractionLimits {
        if (maxBytes <= 0 || maxChars <= 0 || maxElementDepth <= 0 || maxParseTime.isNegative() || maxParseTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ExtractionLimits(long maxBytes, int maxChars, int maxElementDepth) {
        this(maxBytes, maxChars, maxElementDepth, PARSE_TIME);
    }
}
