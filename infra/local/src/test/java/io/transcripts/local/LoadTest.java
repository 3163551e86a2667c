package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load command's measurement, small: every generated upload gets a final record and its alerts. */
class LoadTest {
    @Test
    void everyGeneratedUploadEndsRecordedAndAlerted(@TempDir Path data) throws Exception {
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data,
                LocalPipeline.Options.defaults().withConcurrency(2))) {
            Load.Result r = Load.run(pipeline, 12, 7);
            assertEquals(0, r.withoutFinalRecord(), "uploads without a final record");
            assertEquals(0, r.deadLetters());
            assertEquals(0, r.duplicateEvents(), "an alert published twice");
            assertTrue(r.events() >= 12 * 2, "events: " + r.events());
            assertEquals(12, r.alerted(), "each generated call gives guidance, so each alerts");
            assertTrue(r.p50Ms() <= r.p95Ms() && r.p95Ms() <= r.maxMs());
            assertTrue(r.peakMemoryMb().get("IngestFunction") > 0);
            long guidance = stack.dynamo().scan(b -> b.tableName(stack.table()).filterExpression("itemType = :g")
                    .expressionAttributeValues(java.util.Map.of(":g",
                            software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder().s("GUIDANCE").build())))
                    .count();
            assertTrue(guidance >= 12 * 2, "full-year and fourth-quarter revenue for each of the 12 companies: " + guidance);
        }
    }
}
