package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus beside the checkout (../shared), through the local stack's process command and
 * scored by its own scorer. A clone without ../shared skips this test and says so.
 */
class CorpusTest {
    private static final Path SHARED = Path.of("../../../shared");
    private static final Pattern SCORE = Pattern.compile("(\\w+)=([\\w./]+)");
    // the real corpus's acceptance bars (issue 10); the figures measured are in the README
    private static final double SPEAKERS_BAR = 0.97;
    private static final int QA_BAR = 11;
    private static final double PARTICIPANTS_BAR = 0.95;
    private static final double ATTRIBUTION_BAR = 0.95;
    private static final double GUIDANCE_BAR = 0.90;
    private static final double DIRECTION_BAR = 0.90;
    private static final double METRIC_RECALL_BAR = 0.85;
    private static final int CALL_INFO_BAR = 11;

    @TempDir
    Path data;

    @Test
    void seedsExportInTheContractShapeAndScore() throws Exception {
        Path seeds = SHARED.resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds.toAbsolutePath().normalize()
                + " is absent; the corpus test needs ../shared beside the checkout");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path out = data.resolve("out");
        int status;
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data)) {
            status = Commands.run(pipeline, files, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    false, out);
        }
        assertEquals(0, status, "no seed may FAIL");
        for (Path f : files) {
            JsonNode export = Json.MAPPER.readTree(out.resolve(f.getFileName() + ".json").toFile());
            Schemas.assertExport(export, f.getFileName().toString());
            for (String field : List.of("documentId", "status", "source", "layout", "call", "participants", "turns",
                    "exchanges", "metrics", "guidance", "alerts")) {
                assertTrue(export.has(field), f.getFileName() + " lacks " + field);
            }
            if (export.get("layout").get("family").asText().equals("scrambled")) {
                assertEquals("DEGRADED", export.get("status").asText());
                assertTrue(export.get("warnings").toString().contains("shuffled"), export.get("warnings").toString());
                assertEquals(0, export.get("metrics").size() + export.get("guidance").size(), "numbers from scrambled text");
            } else {
                assertEquals("PROCESSED", export.get("status").asText(), f.getFileName().toString());
            }
        }

        Map<String, String> score = score(SHARED.resolve("corpus/gold"), out);
        assertTrue(Double.parseDouble(score.get("speakerSequenceAccuracy")) >= 0.99, score.toString());
        assertEquals("3/3", score.get("qaStartCorrect"), score.toString());
        assertEquals("28/28", score.get("participantsFound"), score.toString());
        assertEquals("8/8", score.get("attribution"), score.toString());
        assertEquals("0", score.get("boilerplateLeaks"), score.toString());
        assertEquals("0", score.get("turnsWithCJK"), score.toString());
        assertTrue(Double.parseDouble(score.get("guidanceRecall")) >= 0.95, score.toString());
        assertTrue(Double.parseDouble(score.get("guidancePrecision")) >= 0.95, score.toString());
        assertTrue(Double.parseDouble(score.get("directionAccuracy")) >= 0.95, score.toString());
        assertTrue(Double.parseDouble(score.get("metricRecall")) >= 0.9, score.toString());
        assertEquals("0", score.get("missingExports"), score.toString());
    }

    /**
     * The twelve real transcripts of ../shared/corpus/real (vendor exports, scraped pages, an HTML
     * page, company PDFs, a research dataset) through process and the scorer, held to the bars the
     * product is accepted at: speakers, Q&A start, participants, attribution, no leaked furniture,
     * guidance, directions, reported metrics and each call's company, period and date.
     */
    @Test
    void realTranscriptsMeetTheAcceptanceBars() throws Exception {
        Path real = SHARED.resolve("corpus/real");
        assumeTrue(Files.isDirectory(real.resolve("gold")), "skipped: " + real.toAbsolutePath().normalize()
                + " is absent; the real-corpus test needs ../shared beside the checkout");
        List<Path> files;
        try (Stream<Path> s = Files.list(real)) {
            files = s.filter(p -> p.toString().matches(".*\\.(txt|pdf|md|html)$") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        Path out = data.resolve("real");
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data)) {
            assertEquals(0, Commands.run(pipeline, files, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    false, out), "no real transcript may FAIL");
        }
        for (Path f : files) {
            Schemas.assertExport(Json.MAPPER.readTree(out.resolve(f.getFileName() + ".json").toFile()), f.getFileName().toString());
        }
        Scored scored = scored(real.resolve("gold"), out);
        Map<String, String> score = scored.totals();
        String all = score.toString();
        assertTrue(Double.parseDouble(score.get("speakerSequenceAccuracy")) >= SPEAKERS_BAR, all);
        assertTrue(count(score.get("qaStartCorrect")) >= QA_BAR, all);
        assertTrue(share(score.get("participantsFound")) >= PARTICIPANTS_BAR, all);
        assertTrue(share(score.get("attribution")) >= ATTRIBUTION_BAR, all);
        assertEquals("0", score.get("boilerplateLeaks"), all);
        assertTrue(Double.parseDouble(score.get("guidanceRecall")) >= GUIDANCE_BAR, all);
        assertTrue(Double.parseDouble(score.get("guidancePrecision")) >= GUIDANCE_BAR, all);
        assertTrue(Double.parseDouble(score.get("directionAccuracy")) >= DIRECTION_BAR, all);
        assertTrue(Double.parseDouble(score.get("metricRecall")) >= METRIC_RECALL_BAR, all);
        assertEquals("0", score.get("missingExports"), all);
        assertTrue(scored.callsRight() >= CALL_INFO_BAR, "calls with company, period and date right: " + scored.callsRight()
                + " of " + files.size() + "\n" + scored.report());
    }

    /** The scorer's TOTAL figures, its whole report, and how many calls have every checked company, period and date right. */
    private record Scored(Map<String, String> totals, String report, int callsRight) {
    }

    private static double share(String fraction) {
        int slash = fraction.indexOf('/');
        return Double.parseDouble(fraction.substring(0, slash)) / Double.parseDouble(fraction.substring(slash + 1));
    }

    private static int count(String fraction) {
        return Integer.parseInt(fraction.substring(0, fraction.indexOf('/')));
    }

    private static Map<String, String> score(Path gold, Path out) throws Exception {
        return scored(gold, out).totals();
    }

    private static Scored scored(Path gold, Path out) throws Exception {
        Path scorer = SHARED.resolve("tools/transcript_eval.py");
        assumeTrue(Files.isRegularFile(scorer) && python() != null, "skipped scoring: no python3 or no scorer");
        Process p = new ProcessBuilder(python(), scorer.toString(), "--gold", gold.toString(),
                "--outputs", out.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String total = report.lines().filter(l -> l.startsWith("TOTAL")).findFirst().orElseThrow(() -> new AssertionError(report));
        Map<String, String> score = new HashMap<>();
        Matcher m = SCORE.matcher(total);
        while (m.find()) {
            score.put(m.group(1), m.group(2));
        }
        System.out.println("corpus score (" + gold.getParent().getFileName() + "): " + total);
        int callsRight = 0;
        for (String block : report.split("(?m)^== .*$")) {
            int open = block.indexOf('{');
            int close = block.lastIndexOf('}');
            if (open < 0 || close < open) {
                continue;
            }
            JsonNode call = Json.MAPPER.readTree(block.substring(open, close + 1)).path("call");
            boolean right = true;
            for (String field : List.of("company", "period", "date")) {
                right &= !call.has(field) || call.get(field).asBoolean();
            }
            callsRight += right ? 1 : 0;
        }
        System.out.println("calls with company, period and date right: " + callsRight);
        return new Scored(score, report, callsRight);
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }
}
