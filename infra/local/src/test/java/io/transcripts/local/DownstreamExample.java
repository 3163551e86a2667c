package io.transcripts.local;

import io.transcripts.model.Alert;
import io.transcripts.model.Guidance;
import io.transcripts.model.StoredGuidance;
import io.transcripts.reader.Page;
import io.transcripts.reader.PageRequest;
import io.transcripts.reader.TranscriptReader;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The README's downstream example: AnalystOutputsTest checks the README shows these lines as they are here, and runs them. */
final class DownstreamExample {
    private DownstreamExample() {
    }

    static void run(DynamoDbClient ddb) {
        // README:begin
        TranscriptReader reader = new TranscriptReader(ddb, "transcripts-local");
        for (StoredGuidance g : reader.guidanceHistory("ARNW", "revenue")) {
            Guidance it = g.guidance();
            System.out.printf("%s %s %s to %s %s%n", g.callDate(), it.period(), it.low(), it.high(), it.direction());
        }
        Page<Alert> alerts = reader.recentAlerts(Instant.now().minus(Duration.ofDays(30)), PageRequest.first(50));
        alerts.items().forEach(a -> System.out.println(a.company() + ": " + a.metric() + " " + a.period() + " " + a.direction()));
        reader.documentAt("transcripts-local", "incoming/aurora-networks-q4-fy2025-motley.txt")
                .ifPresent(d -> System.out.println(d.turns().size() + " turns, " + d.exchanges().size() + " exchanges"));
        // README:end
    }
}
