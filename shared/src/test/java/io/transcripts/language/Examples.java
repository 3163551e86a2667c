package io.transcripts.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** The example lines of {@code language/examples/NAME.tsv}, one test argument a line, named by its line number. */
final class Examples {
    private Examples() {
    }

    static List<Arguments> of(String name, int columns) {
        String path = "/language/examples/" + name + ".tsv";
        try (InputStream in = Examples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            List<Arguments> out = new ArrayList<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(path + ":" + n + ": " + columns + " tab-separated columns expected: " + line);
                }
                Object[] args = new Object[columns + 1];
                args[0] = name + ".tsv:" + n;
                for (int i = 0; i < columns; i++) {
                    args[i + 1] = cells[i].replace("\\n", "\n");
                }
                out.add(Arguments.of(args));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** "120e6..125e6", "40e6..-", "-..12e6", "41": low and high, null for an open end. */
    static Double[] range(String s) {
        int dots = s.indexOf("..");
        if (dots < 0) {
            Double v = bound(s);
            return new Double[] {v, v};
        }
        return new Double[] {bound(s.substring(0, dots)), bound(s.substring(dots + 2))};
    }

    private static Double bound(String s) {
        return s.equals("-") ? null : Double.valueOf(s);
    }

    static boolean near(Double expected, Double actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return Math.abs(expected - actual) <= Math.abs(expected) * 1e-9 + 1e-12;
    }
}
