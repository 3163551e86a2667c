package io.transcripts.format;

/**
 * Clean text of an upload, one logical line per paragraph or header, with what it was read as and
 * what the reader noticed about the file (say, a PDF cut short), for the record's warnings.
 */
public record ExtractedText(String text, String mediaType, String encoding, java.util.List<String> warnings) {
    public ExtractedText {
        warnings = java.util.List.copyOf(warnings);
    }

    public ExtractedText(String text, String mediaType, String encoding) {
        this(text, mediaType, encoding, java.util.List.of());
    }
}
