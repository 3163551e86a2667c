package io.transcripts.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void agreesWithSplitOnWhitespace() {
        Random r = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r.";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            String[] split = s.split("\\s+");
            assertEquals(split.length, Tokens.count(s), () -> "count of [" + s + "]");
            if (split.length > 0) {
                assertEquals(split[0], Tokens.first(s), () -> "first of [" + s + "]");
            }
        }
    }
}
