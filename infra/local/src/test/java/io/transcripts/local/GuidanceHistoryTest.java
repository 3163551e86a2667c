package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.model.Alert;
import io.transcripts.model.Direction;
import io.transcripts.store.StoredGuidance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two calls of one fictional company, in order, on DynamoDB Local and S3Proxy. The second call
 * states no prior ranges: its directions come from the stored history of the first, and each
 * change raises exactly one alert, stored, queryable and published once, even when redelivered.
 */
class GuidanceHistoryTest {
    private static final String HEADER = """
            Halden Optics, Inc. (NASDAQ: HLDN)
            %s Earnings Conference Call
            %s
            Operator: Good afternoon and welcome to Halden Optics' %s earnings call. I will now hand over to Mira Solberg.
            Mira Solberg: Thank you. With me is Jonas Eklund, our Chief Financial Officer.
            Jonas Eklund: %s
            Operator: Our first question comes from Ana Ruiz with Kessler Partners. Please go ahead.
            Ana Ruiz: You said $500 million for next year last time. Is that still the number?
            Jonas Eklund: We will not go beyond what we said in our prepared remarks.
            Mira Solberg: Thank you all.
            """;
    private static final String Q3 = HEADER.formatted("Q3 2025", "November 5, 2025", "third quarter 2025",
            "Revenue for the quarter was $118.2 million. For the fourth quarter, we expect revenue of $120 million to "
                    + "$125 million. Looking ahead to fiscal 2026, we expect revenue of $470 million to $490 million, "
                    + "adjusted EBITDA of $60 million to $66 million and non-GAAP EPS of $0.85 to $0.95.");
    private static final String Q4 = HEADER.formatted("Q4 2025", "February 18, 2026", "fourth quarter 2025",
            "Revenue for the quarter was $124.6 million. For fiscal 2026, we expect revenue in the range of "
                    + "$480 million to $500 million, adjusted EBITDA in the range of $56 million to $60 million and "
                    + "non-GAAP EPS in the range of $0.85 to $0.95. For the first quarter, we expect revenue of "
                    + "$112 million to $116 million.");

    @TempDir
    Path data;

    @Test
    @SuppressWarnings("unchecked")
    void secondCallTakesItsDirectionsFromTheFirstAndAlertsOncePerChange() throws Exception {
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data)) {
            String first = pipeline.upload("halden-q3-2025.txt", Q3.getBytes(StandardCharsets.UTF_8));
            pipeline.drain();
            long eventsAfterFirst = events(pipeline);
            String second = pipeline.upload("halden-q4-2025.txt", Q4.getBytes(StandardCharsets.UTF_8));
            pipeline.drain();

            Map<String, Object> export = pipeline.export(second);
            List<Map<String, Object>> guidance = (List<Map<String, Object>>) export.get("guidance");
            assertEquals("RAISED", direction(guidance, "revenue", "FY2026"));
            assertEquals("LOWERED", direction(guidance, "adjusted_ebitda", "FY2026"));
            assertEquals("REITERATED", direction(guidance, "adjusted_eps", "FY2026"));
            assertEquals("INITIATED", direction(guidance, "revenue", "FY2026-Q1"));
            Map<String, Object> revenue = item(guidance, "revenue", "FY2026");
            assertEquals(470e6, (Double) revenue.get("priorLow"), 1);
            assertEquals(490e6, (Double) revenue.get("priorHigh"), 1);
            assertEquals(first, revenue.get("priorDocumentId"));

            List<Alert> alerts = (List<Alert>) export.get("alerts");
            Set<String> got = alerts.stream().map(a -> a.metric() + " " + a.period() + " " + a.direction())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("revenue FY2026 RAISED", "adjusted_ebitda FY2026 LOWERED", "revenue FY2026-Q1 INITIATED"), got);
            assertEquals(3, alerts.size(), "one alert per change, none for the reiterated item");
            Alert raised = alerts.stream().filter(a -> a.direction() == Direction.RAISED).findFirst().orElseThrow();
            assertEquals(2.08, raised.midpointChangePercent(), 0.01); // 480 -> 490 midpoint
            assertEquals("HLDN", raised.ticker());
            assertTrue(raised.quote().contains("$480 million to $500 million"), raised.quote());
            assertEquals(eventsAfterFirst + 3, events(pipeline), "each alert published once");

            // the same upload again and a duplicate notification: nothing new is alerted or published
            pipeline.upload("halden-q4-2025.txt", Q4.getBytes(StandardCharsets.UTF_8));
            pipeline.redeliver("halden-q4-2025.txt", Q4.length());
            pipeline.drain();
            assertEquals(3, ((List<Alert>) pipeline.export(second).get("alerts")).size());
            assertEquals(eventsAfterFirst + 3, events(pipeline));

            // query: the guidance history of a company and metric, and recent alerts
            List<StoredGuidance> history = pipeline.store().guidanceHistory("HLDN", "revenue");
            assertEquals(Set.of("FY2025-Q4", "FY2026", "FY2026-Q1"),
                    history.stream().map(h -> h.guidance().period()).collect(Collectors.toSet()));
            assertEquals(2, history.stream().filter(h -> h.guidance().period().equals("FY2026")).count());
            List<Alert> recent = pipeline.store().recentAlerts(50, YearMonth.now(ZoneOffset.UTC));
            assertTrue(recent.stream().anyMatch(a -> a.documentId().equals(second) && a.direction() == Direction.LOWERED));
            assertTrue(recent.stream().noneMatch(a -> a.direction() == Direction.REITERATED));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void historyGoesByCallDateNotUploadOrder() throws Exception {
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data)) {
            // the later call arrives first: with nothing stored yet, everything it guides is INITIATED
            String later = pipeline.upload("halden-q4-2025.txt", Q4.getBytes(StandardCharsets.UTF_8));
            pipeline.drain();
            assertEquals("INITIATED", direction((List<Map<String, Object>>) pipeline.export(later).get("guidance"),
                    "revenue", "FY2026"));
            String earlier = pipeline.upload("halden-q3-2025.txt", Q3.getBytes(StandardCharsets.UTF_8));
            pipeline.drain();

            // the earlier call, by date, becomes the later call's prior once it arrives
            List<Map<String, Object>> guidance = (List<Map<String, Object>>) pipeline.export(later).get("guidance");
            assertEquals("RAISED", direction(guidance, "revenue", "FY2026"));
            assertEquals("LOWERED", direction(guidance, "adjusted_ebitda", "FY2026"));
            assertEquals("REITERATED", direction(guidance, "adjusted_eps", "FY2026"));
            assertEquals(earlier, item(guidance, "revenue", "FY2026").get("priorDocumentId"));
            List<Alert> alerts = (List<Alert>) pipeline.export(later).get("alerts");
            assertEquals(Set.of("revenue FY2026 RAISED", "adjusted_ebitda FY2026 LOWERED", "revenue FY2026-Q1 INITIATED"),
                    alerts.stream().map(a -> a.metric() + " " + a.period() + " " + a.direction()).collect(Collectors.toSet()),
                    "the same alerts as when the calls arrive in order; the reiterated item keeps none");
            // the earlier call itself had no history before it
            assertEquals("INITIATED", direction((List<Map<String, Object>>) pipeline.export(earlier).get("guidance"),
                    "revenue", "FY2026"));

            // processing either again changes nothing
            long published = events(pipeline);
            pipeline.upload("halden-q3-2025.txt", Q3.getBytes(StandardCharsets.UTF_8));
            pipeline.drain();
            assertEquals(published, events(pipeline));
            assertEquals(3, ((List<Alert>) pipeline.export(later).get("alerts")).size());
        }
    }

    private static long events(LocalPipeline p) throws Exception {
        return Files.exists(p.eventLog()) ? Files.readAllLines(p.eventLog()).size() : 0;
    }

    private static Map<String, Object> item(List<Map<String, Object>> guidance, String metric, String period) {
        List<Map<String, Object>> hits = guidance.stream()
                .filter(g -> g.get("metric").equals(metric) && g.get("period").equals(period)).toList();
        assertEquals(1, hits.size(), metric + " " + period + " in " + guidance);
        return hits.get(0);
    }

    private static String direction(List<Map<String, Object>> guidance, String metric, String period) {
        return String.valueOf(item(guidance, metric, period).get("direction"));
    }
}
