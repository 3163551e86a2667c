package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import io.transcripts.reader.AnalystTable;
import io.transcripts.reader.TranscriptReader;
import io.transcripts.store.StoredDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.transcripts.local.LocalMainTest.Result;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What people downstream and on call use, on the data of the local {@code run} of the sample
 * transcripts: the README's reader example, the analyst exports read by pandas, the guidance page
 * in Chromium, and the functions' JSON log lines and embedded metrics.
 */
class AnalystOutputsTest {
    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    /** Kept when a test fails: the functions' logs under it say what ran. */
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path data;
    private static int guidanceRows;
    private static int metricRows;
    private static int alerts;
    private static int processed;
    private static List<StoredDocument> aurora;
    private static java.util.Set<String> callDates = new java.util.TreeSet<>();

    @BeforeAll
    static void runTheSamples() throws Exception {
        assertEquals(0, cli("run", "--data", data.toString(), REPO.resolve("events/transcripts").toString()).status());
        try (LocalStack stack = new LocalStack(data); DynamoDbClient ddb = stack.dynamo()) {
            TranscriptReader reader = new TranscriptReader(ddb, LocalStack.TABLE);
            for (var d : AnalystTable.documents(reader, null, null)) {
                StoredDocument s = reader.document(d.documentId()).orElseThrow();
                guidanceRows += s.guidance().size();
                alerts += s.alerts().size();
                processed += s.document().status() == io.transcripts.model.Status.PROCESSED ? 1 : 0;
                if ((!s.guidance().isEmpty() || !s.metrics().isEmpty()) && s.document().call().date() != null) {
                    callDates.add(s.document().call().date());
                }
                metricRows += s.metrics().size();
            }
            aurora = new ArrayList<>();
            for (var d : AnalystTable.documents(reader, "Aurora Networks", null)) {
                aurora.add(reader.document(d.documentId()).orElseThrow());
            }
        }
        assertTrue(guidanceRows > 0 && metricRows > 0, guidanceRows + " guidance, " + metricRows + " metrics");
        assertEquals(2, aurora.size(), "the sample company with two calls");
    }

    private static Result cli(String... args) {
        return LocalMainTest.run(args);
    }

    @Test
    void theReadmeDownstreamExampleIsTheCodeThatRunsHere() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/transcripts/local/DownstreamExample.java"));
        String snippet = dedent(source.substring(source.indexOf("// README:begin\n") + 16, source.indexOf("        // README:end")));
        String readme = Files.readString(REPO.resolve("README.md"));
        Matcher m = Pattern.compile("<!-- downstream-example -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "the README marks its downstream example");
        assertEquals(snippet, m.group(1), "the README shows the example as it runs");

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (LocalStack stack = new LocalStack(data); DynamoDbClient ddb = stack.dynamo()) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            DownstreamExample.run(ddb);
        } finally {
            System.setOut(stdout);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        long revenue = aurora.stream().flatMap(d -> d.guidance().stream()).filter(g -> g.guidance().metric().equals("revenue")).count();
        assertEquals(revenue, out.lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} FY\\S+ .* to .*")).count(), out);
        assertTrue(revenue > 0 && out.contains(aurora.get(1).document().call().company() + ": revenue FY2026 RAISED"), revenue + " revenue items; printed:\n" + out);
        StoredDocument q4 = aurora.get(1);
        assertTrue(out.contains(q4.turns().size() + " turns, " + q4.exchanges().size() + " exchanges"), out);
    }

    private static String dedent(String block) {
        StringBuilder out = new StringBuilder();
        block.lines().forEach(l -> out.append(l.startsWith("        ") ? l.substring(8) : l.strip()).append('\n'));
        return out.toString();
    }

    @Test
    void exportsReadBackInPandasWithTheirRowsAndTypes() throws Exception {
        Assumptions.assumeTrue(python("import pandas, pyarrow").status() == 0,
                "skipped: python3 with pandas and pyarrow is needed (.ci/run installs them)");
        Path csv = data.resolve("guidance.csv");
        Path parquet = data.resolve("guidance.parquet");
        Result c = cli("export", "--data", data.toString(), "--format", "csv", "--out", csv.toString());
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().startsWith((guidanceRows + metricRows) + " rows"), c.out());
        assertEquals(0, cli("export", "--data", data.toString(), "--format", "parquet", "--out", parquet.toString()).status());
        Result read = python("""
                import json, sys, pandas as pd
                c = pd.read_csv(sys.argv[1], parse_dates=["call_date"])
                p = pd.read_parquet(sys.argv[2])
                def shape(f):
                    return {"rows": len(f), "columns": list(f.columns), "dtypes": {k: str(v) for k, v in f.dtypes.items()},
                            "kinds": f["kind"].value_counts().to_dict(), "companies": sorted(f["company"].dropna().unique().tolist()),
                            "guidanceWithoutLow": int(f[f["kind"] == "guidance"]["low"].isna().sum()),
                            "metricLowIsHigh": bool((f[f["kind"] == "metric"]["low"] == f[f["kind"] == "metric"]["high"]).all()),
                            "dates": sorted(str(d)[:10] for d in f["call_date"].dropna().unique())}
                same = bool((c["low"].fillna(-1).values == p["low"].fillna(-1).values).all() and (c["quote"].fillna("").values == p["quote"].fillna("").values).all())
                print(json.dumps({"csv": shape(c), "parquet": shape(p), "same": same}))
                """, csv.toString(), parquet.toString());
        assertEquals(0, read.status(), read.err());
        JsonNode r = Json.MAPPER.readTree(read.out());
        for (String f : List.of("csv", "parquet")) {
            JsonNode s = r.get(f);
            assertEquals(guidanceRows + metricRows, s.get("rows").asInt(), f);
            assertEquals(guidanceRows, s.get("kinds").get("guidance").asInt(), f);
            assertEquals(metricRows, s.get("kinds").get("metric").asInt(), f);
            assertEquals(AnalystTable.COLUMNS.stream().map(col -> col.name()).toList(),
                    Json.MAPPER.convertValue(s.get("columns"), List.class), f);
            for (String num : List.of("low", "high", "prior_low", "prior_high")) {
                assertEquals("float64", s.get("dtypes").get(num).asText(), f + " " + num);
            }
            assertTrue(s.get("metricLowIsHigh").asBoolean(), f);
            assertTrue(s.get("companies").toString().contains("Aurora Networks"), f + " " + s.get("companies"));
            assertEquals(List.copyOf(callDates), Json.MAPPER.convertValue(s.get("dates"), List.class), f + " call dates");
        }
        assertTrue(r.get("csv").get("dtypes").get("call_date").asText().startsWith("datetime64"), r.toString());
        assertTrue(r.get("same").asBoolean(), "the CSV and the Parquet hold the same values");

        // filters: one company, calls since a date
        Path one = data.resolve("aurora.parquet");
        Result f = cli("export", "--data", data.toString(), "--format", "parquet", "--out", one.toString(),
                "--company", "ARNW", "--since", "2026-01-01");
        assertEquals(0, f.status(), f.err());
        StoredDocument q4 = aurora.get(1);
        assertTrue(f.out().startsWith((q4.guidance().size() + q4.metrics().size()) + " rows"), f.out());
        Result back = python("import sys, pandas as pd; p = pd.read_parquet(sys.argv[1]); print(len(p), p['document'].nunique(), p['ticker'].unique().tolist())",
                one.toString());
        assertEquals((q4.guidance().size() + q4.metrics().size()) + " 1 ['ARNW']", back.out().strip(), back.err());
        assertEquals(2, cli("export", "--data", data.toString(), "--format", "xlsx", "--out", one.toString()).status());

        // edge shapes: no rows at all, and a column with no value
        Path empty = data.resolve("empty.parquet");
        Path nulls = data.resolve("nulls.parquet");
        var cols = List.of(new io.transcripts.reader.table.Column("a", io.transcripts.reader.table.Column.Type.STRING),
                new io.transcripts.reader.table.Column("b", io.transcripts.reader.table.Column.Type.DOUBLE),
                new io.transcripts.reader.table.Column("c", io.transcripts.reader.table.Column.Type.DATE));
        try (var o = Files.newOutputStream(empty)) {
            io.transcripts.reader.table.ParquetWriter.write(new io.transcripts.reader.table.Table(cols, List.of()), o);
        }
        try (var o = Files.newOutputStream(nulls)) {
            io.transcripts.reader.table.ParquetWriter.write(new io.transcripts.reader.table.Table(cols, List.of(
                    java.util.Arrays.asList("é,\"x", null, java.time.LocalDate.of(1969, 12, 31)),
                    java.util.Arrays.asList(null, null, null))), o);
        }
        Result edges = python("""
                import sys, pandas as pd
                e = pd.read_parquet(sys.argv[1]); n = pd.read_parquet(sys.argv[2])
                print(len(e), list(e.columns), len(n), n['a'][0], int(n['b'].isna().sum()), n['c'][0], n['c'].isna().sum())
                """, empty.toString(), nulls.toString());
        assertEquals("0 ['a', 'b', 'c'] 2 é,\"x 2 1969-12-31 1", edges.out().strip(), edges.err());
    }

    @Test
    void theGuidancePageDrawsEveryRangeOfBothCallsInChromium() throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null, "skipped: Chromium is needed (.ci/run installs Debian's chromium package)");
        Path dir = data.resolve("report");
        Result r = cli("report", "--data", data.toString(), "--company", "ARNW", "--out", dir.toString());
        assertEquals(0, r.status(), r.err());
        Path page = dir.resolve("index.html");
        String html = Files.readString(page);
        assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains("src="), "nothing to fetch");

        Result dom = run(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                "--v=0", "--dump-dom", page.toUri().toString()));
        assertEquals(0, dom.status(), dom.err());
        assertTrue(!dom.err().contains("Uncaught") && !dom.err().contains(":CONSOLE("), "no script errors:\n" + dom.err());
        long ranges = aurora.stream().flatMap(d -> d.guidance().stream())
                .filter(g -> g.guidance().low() != null || g.guidance().high() != null).count();
        assertTrue(ranges > 4, "the sample company has ranges to draw: " + ranges);
        assertTrue(dom.out().contains("data-ranges=\"" + ranges + "\""), "the browser drew " + ranges + " ranges");
        for (StoredDocument call : aurora) {
            long ofCall = call.guidance().stream().filter(g -> g.guidance().low() != null || g.guidance().high() != null).count();
            assertEquals(ofCall, count(dom.out(), "data-call-date=\"" + call.document().call().date() + "\""),
                    "ranges of the call of " + call.document().call().date());
            assertTrue(dom.out().contains("id=\"call-" + call.document().documentId() + "\""), "the call's transcript");
        }
        assertTrue(dom.out().contains("<mark class=\"guidance\">"), "guidance sentences are highlighted");
        assertTrue(count(dom.out(), "class=\"range raised\"") + count(dom.out(), "class=\"range lowered\"") > 0, "raises and cuts are marked");

        Path shots = Files.createDirectories(Path.of("target/report"));
        Files.copy(page, shots.resolve("guidance.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path png = shots.resolve("guidance.png");
        Files.deleteIfExists(png);
        Result shot = run(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1100,1400", "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
        assertEquals(0, shot.status(), shot.err());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a screenshot of " + bytes.length + " bytes");
    }

    /**
     * The functions' embedded metrics add up to what is stored. A document read twice (an upload the
     * client sent again, a notification S3 delivered again while the first reading ran) logs twice,
     * so the per-document counts come from each document's last line, as its stored items do.
     */
    @Test
    void everyLogLineIsJsonWithItsDocumentAndTheMetricsAddUp() throws Exception {
        java.util.Map<String, Double> sums = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, JsonNode>> lastLine = new java.util.HashMap<>();
        List<JsonNode> all = new ArrayList<>();
        try (var files = Files.list(data.resolve("logs"))) {
            for (Path f : files.sorted().toList()) {
                String function = f.getFileName().toString().replaceFirst("Function-\\d+\\.log$", "");
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("{")) {
                        continue; // the JVM's and libraries' start-up notices on standard error
                    }
                    JsonNode j = Json.MAPPER.readTree(line);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) j).put("_file", function);
                    all.add(j);
                }
            }
        }
        all.sort(java.util.Comparator.comparing(j -> java.time.Instant.parse(j.get("timestamp").asText())));
        for (JsonNode j : all) {
            String function = j.get("_file").asText();
            assertTrue(j.hasNonNull("timestamp") && j.hasNonNull("function"), j.toString());
            if (j.has("_aws")) {
                JsonNode directive = j.get("_aws").get("CloudWatchMetrics").get(0);
                assertEquals("Transcripts", directive.get("Namespace").asText(), j.toString());
                for (JsonNode m : directive.get("Metrics")) {
                    assertTrue(j.get(m.get("Name").asText()).isNumber(), m + " has its value: " + j);
                    sums.merge(function + "." + m.get("Name").asText(), j.get(m.get("Name").asText()).asDouble(), Double::sum);
                }
                if (j.hasNonNull("documentId") && j.path("Redeliveries").asDouble() == 0) { // a redelivery reads nothing
                    lastLine.computeIfAbsent(function, k -> new java.util.HashMap<>()).put(j.get("documentId").asText(), j);
                }
            } else {
                assertTrue(j.hasNonNull("level") && j.hasNonNull("message") && j.hasNonNull("requestId"), j.toString());
            }
            if (!function.equals("Alerts")) {
                assertTrue(j.hasNonNull("documentId") && j.hasNonNull("key"), "the document and key on every line: " + j);
            }
        }
        assertTrue(all.size() > 12, all.size() + " JSON lines");
        String kept = " (logs kept in " + data + ")";
        assertEquals(processed, last(lastLine, "Ingest", "DocumentsProcessed"), 0.0, sums + kept);
        assertTrue(sums.get("Ingest.DocumentsProcessed") >= processed, sums + kept);
        assertEquals(guidanceRows, last(lastLine, "Financials", "GuidanceItems"), 0.0, sums + kept);
        assertEquals(metricRows, last(lastLine, "Financials", "Metrics"), 0.0, sums + kept);
        assertEquals(alerts, sums.get("Alerts.AlertsPublished") + sums.get("Alerts.AlertsCorrected") - sums.get("Alerts.AlertsRetracted"), 0.0,
                sums + kept);
        assertTrue(sums.get("Ingest.Duration") > 0 && sums.get("Alerts.RecordsFailed") == 0, sums + kept);
    }

    /** A metric summed over each document's last metrics line of the function. */
    private static double last(java.util.Map<String, java.util.Map<String, JsonNode>> lastLine, String function, String metric) {
        return lastLine.getOrDefault(function, java.util.Map.of()).values().stream()
                .mapToDouble(j -> j.path(metric).asDouble()).sum();
    }

    private static long count(String s, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(s).results().count();
    }

    private static Result python(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        return run(command);
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(data, "out", ".txt");
        Path err = Files.createTempFile(data, "err", ".txt");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException notThere) {
            return new Result(127, "", notThere.getMessage());
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
