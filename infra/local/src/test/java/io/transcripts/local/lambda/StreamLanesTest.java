package io.transcripts.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** How the local stream source splits a shard's records for the mapping's ParallelizationFactor. */
class StreamLanesTest {
    private static Record record(String pk, int seq) {
        return Record.builder().eventName("MODIFY").dynamodb(d -> d.sequenceNumber(Integer.toString(seq))
                .keys(Map.of("PK", AttributeValue.builder().s(pk).build(), "SK", AttributeValue.builder().s("GUIDANCE#" + seq).build())))
                .build();
    }

    @Test
    void eachPartitionKeyStaysInOneLaneInStreamOrder() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            records.add(record("DOC#" + (i * 7 % 23), i));
        }
        List<List<Record>> lanes = StreamEventSource.lanes(records, 4);
        assertEquals(4, lanes.size());
        assertEquals(200, lanes.stream().mapToInt(List::size).sum(), "every record in a lane");
        Map<String, Integer> laneOf = new HashMap<>();
        for (int lane = 0; lane < lanes.size(); lane++) {
            int last = -1;
            for (Record r : lanes.get(lane)) {
                String pk = r.dynamodb().keys().get("PK").s();
                assertEquals(lane, laneOf.computeIfAbsent(pk, k -> laneOfFirst(lanes, pk)), pk + " split across lanes");
                int seq = Integer.parseInt(r.dynamodb().sequenceNumber());
                assertTrue(seq > last, "stream order within a lane");
                last = seq;
            }
        }
        assertTrue(lanes.stream().filter(l -> !l.isEmpty()).count() > 1, "23 documents all landed in one lane");
    }

    private static int laneOfFirst(List<List<Record>> lanes, String pk) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).stream().anyMatch(r -> r.dynamodb().keys().get("PK").s().equals(pk))) {
                return i;
            }
        }
        throw new AssertionError(pk + " in no lane");
    }

    @Test
    void oneLaneKeepsTheShardsOrder() {
        List<Record> records = List.of(record("DOC#a", 1), record("DOC#b", 2), record("DOC#a", 3));
        assertEquals(List.of(records), StreamEventSource.lanes(records, 1));
    }

    @Test
    void theTemplatesMappingRunsBatchesInParallel() throws Exception {
        FunctionSpec alerts = new Template(Path.of("../template.yaml")).functions(Map.of("TranscriptsTable", "t", "TranscriptEventBus", "b")).stream()
                .filter(f -> f.stream() != null).findFirst().orElseThrow();
        assertTrue(alerts.stream().parallelizationFactor() > 1, "the template's stream mapping sets a ParallelizationFactor");
    }
}
