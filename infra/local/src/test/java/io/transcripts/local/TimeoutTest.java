package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A function that runs past its timeout: Lambda kills it, retries twice, then sends the event to
 * the on-failure destination. The upload still has a record that says it did not finish, and
 * process reports the file FAILED with why, then carries on with the next file.
 */
class TimeoutTest {
    @Test
    void anUploadThatTimesOutIsRecordedAndReported(@TempDir Path data) throws Exception {
        Path in = Files.createDirectories(data.resolve("in"));
        // a 1,500-page PDF takes the ingest function well over two seconds to read, however fast the text path gets
        Files.write(in.resolve("a-long.pdf"), BadInputs.pdf(BadInputs.longCall(12000)));
        Files.writeString(in.resolve("b-short.txt"), BadInputs.sample());
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data,
                LocalPipeline.Options.defaults().withRetryDelay(Duration.ofMillis(100)).withTimeout("IngestFunction", 2))) {
            Map<String, Object> slow = Commands.processOne(pipeline, in.resolve("a-long.pdf"), "a-long.pdf");
            assertEquals("FAILED", slow.get("status"));
            assertTrue(String.valueOf(slow.get("error")).startsWith("processing started"), String.valueOf(slow.get("error")));
            var dead = pipeline.deadLetterFor("a-long.pdf").orElseThrow(() -> new AssertionError("no dead letter"));
            assertEquals(3, dead.attempts(), "the invocation and Lambda's two retries");
            assertTrue(dead.error().contains("timed out"), dead.error());
            assertTrue(Files.readString(data.resolve("failures/IngestFunction.jsonl")).contains("RetriesExhausted"));

            Map<String, Object> next = Commands.processOne(pipeline, in.resolve("b-short.txt"), "b-short.txt");
            assertTrue(Set.of("PROCESSED", "DEGRADED").contains(String.valueOf(next.get("status"))), next.toString());
        }
    }
}
