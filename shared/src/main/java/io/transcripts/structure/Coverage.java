package io.transcripts.structure;

import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of a document's text the structure kept in turns. When most of it was set aside (as
 * boilerplate, participant lists, headers) or the text is far shorter than the file's bytes
 * suggest, the record must not say PROCESSED as if nothing were lost: these warnings make it
 * DEGRADED and say how much and why.
 */
public final class Coverage {
    /** Below this share of the text's letters in turns, too much was set aside to trust the reading. */
    static final double MIN_TURN_SHARE = 0.5;
    /** Plain text decodes to about one character a byte; far fewer means the decoding lost most of it. */
    static final double MIN_TEXT_CHARS_PER_BYTE = 0.25;

    private Coverage() {
    }

    public static Optional<String> turnsWarning(String text, Transcript t) {
        long total = letters(text);
        if (total < 2000) {
            return Optional.empty(); // a short text: its few header lines weigh too much to judge by share
        }
        long kept = 0;
        for (Turn turn : t.turns()) {
            kept += letters(turn.text());
            for (String translation : turn.translation().values()) {
                kept += letters(translation);
            }
        }
        double share = (double) kept / total;
        if (share >= MIN_TURN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "only %.0f%% of the text (%,d of %,d letters) is in turns; the rest"
                + " was set aside as headers, lists or boilerplate, so turns may be missing", share * 100, kept, total));
    }

    /** For plain text only: other formats carry markup, fonts and images beside their text. */
    public static Optional<String> textWarning(String text, long bytes) {
        if (bytes < 4096 || text.length() >= bytes * MIN_TEXT_CHARS_PER_BYTE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the text is %,d characters from %,d bytes: most of the file"
                + " could not be read as text", text.length(), bytes));
    }

    private static long letters(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
