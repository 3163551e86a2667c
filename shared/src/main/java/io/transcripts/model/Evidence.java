package io.transcripts.model;

/** Where a number came from: the turn, its speaker and the sentence. */
public record Evidence(int turn, String speaker, String quote) {
    /** A "sentence" of a text without punctuation can be the whole text: a quote is kept to this. */
    public static final int MAX_QUOTE = 2000;

    public Evidence {
        if (quote != null && quote.length() > MAX_QUOTE) {
            quote = quote.substring(0, MAX_QUOTE - 1) + "…";
        }
    }
}
