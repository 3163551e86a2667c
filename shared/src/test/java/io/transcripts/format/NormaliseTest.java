package io.transcripts.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The extracted text's normalisation reads each char once by hand; it writes what the chain of
 * replacements it stands for writes (kept here as the reference), on random text dense in the chars
 * it changes, and leaves text that needs nothing as the same string.
 */
class NormaliseTest {
    /** The replacements in their order: CRLF, CR and Unicode line breaks to LF, NBSP to a space, zero-width marks and stray controls dropped. */
    private static String reference(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n').replace('\u00A0', ' ')
                .replaceAll("[\u200B\u200C\u200D\uFEFF]", "").replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\uFFFD]", "");
    }

    @Test
    void writesWhatTheReplacementChainWrites() {
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u0000', '\u0008', '\u000E', '\u001F', '\u007F', '\u0080',
            '\u00A0', '\u2028', '\u2029', '\u200B', '\u200C', '\u200D', '\uFEFF', '\uFFFD', '\uFFFF', 'é', '€'};
        Random r = new Random(7);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertEquals(reference(s), TextExtractor.normalise(s), () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void textThatNeedsNothingIsTheSameString() {
        String s = "Revenue grew 12% to $84.2 million.\n\tNext line é €";
        assertSame(s, TextExtractor.normalise(s));
    }
}
