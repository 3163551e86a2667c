package io.transcripts.layout;

/**
 * Whitespace tokens counted and read without a regex: the hot loops of layout scoring ask these of
 * every line. Each gives what {@code s.split("\\s+")} would, a leading empty token included.
 */
public final class Tokens {
    private Tokens() {
    }

    /** Whether c is what {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code s.split("\\s+").length}. */
    public static int count(String s) {
        int n = s.length();
        if (n == 0) {
            return 1;
        }
        int tokens = 0;
        boolean in = false;
        for (int i = 0; i < n; i++) {
            boolean sp = space(s.charAt(i));
            if (!sp && !in) {
                tokens++;
            }
            in = !sp;
        }
        if (tokens == 0) {
            return 0; // only whitespace: split drops every empty token
        }
        return space(s.charAt(0)) ? tokens + 1 : tokens;
    }

    /** {@code s.split("\\s+")[0]}: empty when s starts with whitespace. */
    public static String first(String s) {
        int i = 0;
        while (i < s.length() && !space(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }
}
