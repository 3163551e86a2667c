package io.transcripts.structure;

/** The text was read but is not an earnings call; the message says what was missing. */
public final class NotATranscriptException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotATranscriptException(String message) {
        super(message);
    }
}
