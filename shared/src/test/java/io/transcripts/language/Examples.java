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

    /**
     * The sentences of every example file (their first column), then every non-blank line of the
     * sample and real transcripts under test resources: the texts screens and annotators are checked on.
     */
    static List<String> textsToCheck() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : List.of("amounts", "cues", "guidance", "metrics", "periods")) {
            String file = new String(Examples.class.getResourceAsStream("/language/examples/" + name + ".tsv").readAllBytes(),
                    StandardCharsets.UTF_8);
            file.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> out.add(l.split("\t")[0]));
        }
        for (java.nio.file.Path dir : List.of(java.nio.file.Path.of("../events/transcripts"), java.nio.file.Path.of("src/test/resources/real"))) {
            if (java.nio.file.Files.isDirectory(dir)) {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                    for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        java.nio.file.Files.readString(f, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(out::add);
                    }
                }
            }
        }
        return out;
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
