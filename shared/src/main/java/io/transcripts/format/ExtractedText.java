package io.transcripts.format;

/** Clean text of an upload, one logical line per paragraph or header, with what it was read as. */
public record ExtractedText(String text, String mediaType, String encoding) {
}
