package io.transcripts.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vocabulary file on the classpath ({@code language/NAME.tsv}): tab-separated rows, {@code #}
 * comment lines, and {@code @name} rows that define a macro written {@code {name}} in later rows.
 */
public final class Vocabulary {
    private static final Pattern MACRO_USE = Pattern.compile("\\{(\\w+)}");

    private Vocabulary() {
    }

    /** The rows of a file, macros expanded, in file order. */
    public static List<List<String>> rows(String name) {
        String path = "/language/" + name + ".tsv";
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary missing from the classpath: " + path);
            }
            Map<String, String> macros = new LinkedHashMap<>();
            List<List<String>> out = new ArrayList<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() < 2) {
                    throw new IllegalStateException(path + ":" + n + ": a row needs tab-separated columns: " + line);
                }
                if (cells.get(0).startsWith("@")) {
                    macros.put(cells.get(0).substring(1), expand(cells.get(1), macros, path, n));
                    continue;
                }
                List<String> expanded = new ArrayList<>();
                for (String c : cells) {
                    expanded.add(expand(c, macros, path, n));
                }
                out.add(List.copyOf(expanded));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** The second column of every row whose first is {@code key}, in file order. */
    public static Map<String, List<String>> grouped(String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : rows(name)) {
            out.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1));
        }
        return out;
    }

    /** Phrases as one non-capturing alternation, in order (factored by first letter: {@link Alternation}). */
    public static String alternation(List<String> phrases) {
        return "(?:" + Alternation.of(phrases) + ")";
    }

    private static String expand(String cell, Map<String, String> macros, String path, int line) {
        Matcher m = MACRO_USE.matcher(cell);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = macros.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException(path + ":" + line + ": undefined macro {" + m.group(1) + "}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
