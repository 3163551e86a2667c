package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coldstart command's measurement, one run a variant: every artifact starts under the runtime
 * client and answers its sample event plain, with a trained class-data archive, and primed at init
 * (the ingest function's priming reads the sample as text, HTML, PDF and Word). Timings are printed,
 * never asserted: speed is shown by the command, not by a test.
 */
class ColdStartsTest {
    @Test
    void everyArtifactStartsAndAnswersInEveryVariant(@TempDir Path data) throws Exception {
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data)) {
            List<ColdStarts.Row> rows = ColdStarts.measure(pipeline, data, Path.of("../.."), 1);
            assertEquals(2 + 3 * 3, rows.size(), rows.toString());
            for (ColdStarts.Row r : rows) {
                assertEquals(0, r.failed(), r.function() + " " + r.mode() + " failed: see " + data.resolve("logs"));
                assertTrue(r.initMs() > 0 && r.firstResponseMs() >= r.initMs(), r.toString());
            }
            assertTrue(rows.stream().filter(r -> r.mode().startsWith("cds")).allMatch(r -> r.mode().equals("cds")),
                    "a training run wrote each function's archive: " + rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ColdStarts.print(rows, new PrintStream(out, true, StandardCharsets.UTF_8));
            System.out.print(out.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("target per function"));
        }
    }
}
