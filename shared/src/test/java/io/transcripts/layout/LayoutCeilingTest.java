package io.transcripts.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.format.TextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry skips a layout whose ceiling cannot beat the best confidence so far: that is sound
 * only if no layout ever scores above its ceiling, and it must choose what scoring every layout
 * chooses. Checked on every layout fixture, the sample and real transcripts we hold (../shared's where
 * present), their halves, and pairs of fixtures joined (texts with two layouts' signals).
 */
class LayoutCeilingTest {
    private static final LayoutRegistry LAYOUTS = LayoutRegistry.discover();

    @Test
    void noLayoutScoresAboveItsCeilingAndPruningChoosesAsScoringAll() throws Exception {
        List<String> texts = texts();
        assertTrue(texts.size() > 30, "texts: " + texts.size());
        for (String text : texts) {
            SourceText source = new SourceText(text);
            TranscriptLayout best = null;
            double bestScore = 0;
            for (TranscriptLayout l : LAYOUTS.layouts()) {
                double c = l.confidence(source);
                assertTrue(c <= l.ceiling(), l.family() + " scored " + c + " over its ceiling " + l.ceiling());
                if (c > bestScore) {
                    best = l;
                    bestScore = c;
                }
            }
            LayoutReading pruned = LAYOUTS.read(source);
            String expected = best == null ? "unknown" : best.read(source, Math.round(bestScore * 100) / 100.0).family();
            assertEquals(expected, pruned.family(), "on a text starting " + text.substring(0, Math.min(80, text.length())));
            assertEquals(best == null ? 0 : Math.round(bestScore * 100) / 100.0, pruned.confidence(), 0.0);
        }
    }

    /** A layout of fixed confidence that counts how often it is scored. */
    private static final class Fixed implements TranscriptLayout {
        final String family;
        final double ceiling;
        final double confidence;
        int scored;

        Fixed(String family, double ceiling, double confidence) {
            this.family = family;
            this.ceiling = ceiling;
            this.confidence = confidence;
        }

        @Override
        public String family() {
            return family;
        }

        @Override
        public double ceiling() {
            return ceiling;
        }

        @Override
        public double confidence(SourceText text) {
            scored++;
            return confidence;
        }

        @Override
        public LayoutReading read(SourceText text, double confidence) {
            return new LayoutReading(family, confidence, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), true);
        }
    }

    @Test
    void aLayoutThatCannotWinIsNotScoredAndTiesGoToTheFirstInFamilyOrder() {
        Fixed generic = new Fixed("a-generic", 0.9, 0.9);
        Fixed vendor = new Fixed("b-vendor", 0.98, 0.9);
        Fixed low = new Fixed("c-low", 0.6, 0.6);
        Fixed sameCeilingLater = new Fixed("d-later", 0.9, 0.9);
        LayoutReading r = new LayoutRegistry(List.of(generic, vendor, low, sameCeilingLater)).read(new SourceText("x"));
        assertEquals("a-generic", r.family(), "a tie at 0.9 goes to the first in family order");
        assertEquals(1, vendor.scored);
        assertEquals(1, generic.scored);
        assertEquals(0, low.scored, "a ceiling under the best so far: not scored");
        assertEquals(0, sameCeilingLater.scored, "a ceiling equal to the best, later in order: it could only tie, and lose");

        Fixed none = new Fixed("z-none", 0.5, 0);
        assertEquals("unknown", new LayoutRegistry(List.of(none)).read(new SourceText("x")).family());
    }

    private static List<String> texts() throws Exception {
        List<String> whole = new ArrayList<>();
        Path fixtures = Path.of(LayoutCeilingTest.class.getResource("/layouts").toURI());
        List<String> fixtureTexts = new ArrayList<>();
        try (Stream<Path> s = Files.list(fixtures)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                fixtureTexts.add(Files.readString(p));
            }
        }
        whole.addAll(fixtureTexts);
        TextExtractor extractor = new TextExtractor();
        for (Path dir : List.of(Path.of("../events/transcripts"), Path.of("src/test/resources/real"),
                Path.of("../../shared/corpus/real"), Path.of("../../shared/corpus/seeds"))) {
            if (!Files.isDirectory(dir)) {
                continue; // ../shared is absent: the fixtures and samples still check the rule
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().matches(".*\\.(txt|md|pdf|html)$") && !p.endsWith("README.md")
                        && !p.endsWith("SOURCES.md")).sorted().toList()) {
                    whole.add(extractor.extract(Files.readAllBytes(p), p.getFileName().toString()).text());
                }
            }
        }
        List<String> out = new ArrayList<>(whole);
        for (String t : whole) {
            out.add(t.substring(0, t.length() / 2));
            out.add(t.substring(t.length() / 2));
        }
        for (int i = 0; i + 1 < fixtureTexts.size(); i++) {
            out.add(fixtureTexts.get(i) + "\n\n" + fixtureTexts.get(i + 1));
        }
        return out;
    }
}
