package io.transcripts.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.model.Exchange;
import io.transcripts.model.Participant;
import io.transcripts.model.Section;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import io.transcripts.structure.TranscriptParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per layout family (src/test/resources/layouts/NAME.txt), each with the traps real
 * sources have, and its expectations (NAME.expect: one "key: value" a line, fields split by " | ",
 * an empty field not checked, "-" a speaker the text does not name).
 */
class LayoutFixturesTest {
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]");
    private static final TranscriptParser PARSER = new TranscriptParser();
    private static final LayoutRegistry LAYOUTS = LayoutRegistry.discover();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(LayoutFixturesTest.class.getResource("/layouts").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expect"))
                    .map(n -> n.substring(0, n.length() - ".expect".length())).sorted().toList().stream();
        }
    }

    private static String resource(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(LayoutFixturesTest.class.getResource("/layouts/" + name).toURI()), StandardCharsets.UTF_8);
    }

    private static List<String> fields(String value) {
        return Arrays.stream(value.split("\\|", -1)).map(String::strip).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureReadsAsExpected(String name) throws Exception {
        String source = resource(name + ".txt");
        Transcript t = PARSER.parse(source);
        LayoutReading reading = LAYOUTS.read(new SourceText(source));
        assertEquals(reading.labels().size(), t.layout().labels(), name + ": the export counts the labels the reading used");
        assertEquals(reading.labels().isEmpty(), t.layout().labelSamples().isEmpty(), name + ": and shows the first of them");
        var diff = Accounting.difference(source, reading);
        assertTrue(diff.isEmpty(), name + ": " + Accounting.describe(diff));

        for (String line : resource(name + ".expect").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            List<String> f = fields(value);
            switch (key) {
                case "family" -> assertEquals(value, t.layout().family(), name);
                case "status" -> assertEquals(value, t.status().name(), name);
                case "languages" -> assertEquals(f, t.layout().languages(), name);
                case "call" -> {
                    check(name + " company", f.get(0), t.call().company());
                    check(name + " ticker", f.get(1), t.call().ticker());
                    check(name + " period", f.get(2), String.valueOf(t.call().period()));
                    check(name + " date", f.get(3), t.call().date());
                }
                case "speakers" -> {
                    List<String> expected = value.isEmpty() ? List.of() : f.stream().map(s -> s.equals("-") ? null : s).toList();
                    List<String> actual = t.turns().stream().map(Turn::speaker).toList();
                    assertEquals(expected, actual, name + " speakers");
                }
                case "qa-start" -> assertEquals(Integer.parseInt(value), t.turns().stream()
                        .filter(x -> x.section() == Section.QA).mapToInt(Turn::index).min().orElse(-1), name + " Q&A start");
                case "participant" -> {
                    Participant p = t.participants().stream().filter(x -> x.name().equals(f.get(0))).findFirst().orElse(null);
                    assertNotNull(p, name + ": no participant " + f.get(0) + " in " + t.participants());
                    assertEquals(f.get(1), p.role().name(), name + " role of " + p);
                    check(name + " title of " + p.name(), f.get(2), p.title());
                    check(name + " firm of " + p.name(), f.get(3), p.firm());
                }
                case "exchange" -> {
                    String[] qa = value.split("\\s*->\\s*");
                    assertTrue(t.exchanges().stream().anyMatch(e -> speakers(t, e.questionTurns()).contains(qa[0])
                            && speakers(t, e.answerTurns()).contains(qa[1])), name + ": no exchange " + value + " in "
                            + t.exchanges().stream().map(e -> speakers(t, e.questionTurns()) + "->" + speakers(t, e.answerTurns())).toList());
                }
                case "no-firm" -> assertEquals(null, t.participants().stream().filter(x -> x.name().equals(value))
                        .findFirst().orElseThrow().firm(), name + ": " + value + " was given a firm");
                case "contains" -> assertTrue(t.turns().stream().anyMatch(x -> f.get(0).equals(x.speaker())
                        && x.text().replaceAll("\\s+", " ").contains(f.get(1))), name + ": no turn of " + f.get(0) + " says " + f.get(1));
                case "absent" -> assertTrue(t.turns().stream().noneMatch(x -> x.text().contains(value)),
                        name + ": a turn contains " + value);
                case "translated" -> {
                    Turn x = t.turns().get(Integer.parseInt(f.get(0)));
                    assertTrue(x.translation().values().stream().anyMatch(v -> v.contains(f.get(1))), name + " translation of " + x);
                }
                case "no-cjk-in-turns" -> assertTrue(t.turns().stream().noneMatch(x -> CJK.matcher(x.text()).find()),
                        name + ": CJK in a turn's text");
                case "no-invented-speakers" -> t.turns().stream().map(Turn::speaker).filter(Objects::nonNull)
                        .filter(s -> !s.equals("Operator"))
                        .forEach(s -> assertTrue(source.contains(s), name + ": invented speaker " + s));
                default -> throw new IllegalArgumentException(name + ".expect: unknown key " + key);
            }
        }
    }

    private static void check(String what, String expected, String actual) {
        if (!expected.isEmpty()) {
            assertEquals(expected, actual, what);
        }
    }

    private static List<String> speakers(Transcript t, List<Integer> turns) {
        List<String> out = new ArrayList<>();
        turns.forEach(i -> out.add(t.turns().get(i).speaker()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFamilyHasItsFixture(String name) {
        assertFalse(name.isBlank());
        assertTrue(LAYOUTS.layouts().stream().anyMatch(l -> l.family().equals(name)), "no layout family " + name);
    }
}
