package io.transcripts.model;

import java.util.Locale;

/**
 * S3's sequencer of one write to a key, as its event notification carries it: a hexadecimal string
 * whose greater value is the later write. Values differ in length, so the shorter is left-padded
 * with zeros before comparing, as S3's documentation says. A re-delivered notification carries the
 * sequencer of the write it announced again.
 */
public record Sequencer(String hex) implements Comparable<Sequencer> {
    public Sequencer {
        if (!isHex(hex)) {
            throw new IllegalArgumentException("not a sequencer: " + hex);
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    /** The sequencer of an event or a stored record; null where it has none (or not a hexadecimal one). */
    public static Sequencer parse(String text) {
        return isHex(text) ? new Sequencer(text) : null;
    }

    private static boolean isHex(String s) {
        return s != null && !s.isEmpty() && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** Whether this write is the same as or earlier than {@code other}. */
    public boolean notAfter(Sequencer other) {
        return compareTo(other) <= 0;
    }

    @Override
    public int compareTo(Sequencer o) {
        int width = Math.max(hex.length(), o.hex.length());
        return padded(width).compareTo(o.padded(width));
    }

    private String padded(int width) {
        return "0".repeat(width - hex.length()) + hex;
    }

    @Override
    public String toString() {
        return hex;
    }
}
