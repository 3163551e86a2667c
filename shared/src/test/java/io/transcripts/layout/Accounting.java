package io.transcripts.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Character accounting of a layout reading: every non-blank character of the source must land in
 * exactly one place (a header line, a turn, a translation, a speaker label or boilerplate).
 */
public final class Accounting {
    private Accounting() {
    }

    /** The characters lost (positive counts) or duplicated (negative counts); empty when exact. */
    public static Map<Integer, Integer> difference(String source, LayoutReading r) {
        List<String> placed = new ArrayList<>(r.headerLines());
        placed.addAll(r.boilerplate());
        placed.addAll(r.labels());
        for (RawTurn t : r.turns()) {
            placed.add(t.text());
            placed.addAll(t.translation().values());
        }
        Map<Integer, Integer> diff = new TreeMap<>();
        count(source, diff, 1);
        for (String p : placed) {
            count(p, diff, -1);
        }
        diff.values().removeIf(v -> v == 0);
        return diff;
    }

    /** A readable account of a difference, for assertion messages. */
    public static String describe(Map<Integer, Integer> diff) {
        StringBuilder sb = new StringBuilder();
        diff.forEach((cp, n) -> sb.append(n > 0 ? "lost " : "duplicated ").append(Math.abs(n)).append(" × '")
                .appendCodePoint(cp).append("'; "));
        return sb.toString();
    }

    private static void count(String s, Map<Integer, Integer> diff, int sign) {
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(c -> diff.merge(c, sign, Integer::sum));
    }
}
