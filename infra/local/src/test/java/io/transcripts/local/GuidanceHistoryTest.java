package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.model.Alert;
import io.transcripts.model.Direction;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.StoredGuidance;
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

    /** An earlier call still: its fiscal 2026 outlook is the prior of Q3's, and Q3's of Q4's. */
    private static final String Q2 = HEADER.formatted("Q2 2025", "August 6, 2025", "second quarter 2025",
            "Revenue for the quarter was $112.9 million. For the third quarter, we expect revenue of $115 million to "
                    + "$120 million. For fiscal 2026, we expect revenue of $460 million to $480 million, adjusted EBITDA of "
                    + "$60 million to $66 million and non-GAAP EPS of $0.80 to $0.90.");

    @TempDir
    Path data;

    /**
     * What a consumer of the bus ends with when it applies the events in order by alertId:
     * Changed inserts, Corrected replaces, Retracted deletes.
     */
    private final Map<String, Integer> detailTypes = new java.util.TreeMap<>();

    private Map<String, String> consumerView(LocalPipeline p) throws Exception {
        Map<String, String> alerts = new java.util.TreeMap<>();
        detailTypes.clear();
        Schemas.assertEvents(p.eventLog());
        for (String line : Files.readAllLines(p.eventLog())) {
            for (var entry : io.transcripts.export.Json.MAPPER.readTree(line).path("Entries")) {
                var d = io.transcripts.export.Json.MAPPER.readTree(entry.path("Detail").asText());
                String id = d.path("alertId").asText();
                detailTypes.merge(entry.path("DetailType").asText(), 1, Integer::sum);
                switch (entry.path("DetailType").asText()) {
                    case "Guidance Changed", "Guidance Alert Corrected" ->
                            alerts.put(id, describe(io.transcripts.export.Json.MAPPER.treeToValue(d, Alert.class)));
                    case "Guidance Alert Retracted" -> alerts.remove(id);
                    default -> throw new AssertionError("unexpected event " + entry);
                }
            }
        }
        return alerts;
    }

    /** What a consumer keeps of an alert: the change, not when it was made. */
    private static String describe(Alert a) {
        return a.direction() + " " + a.low() + ".." + a.high() + " from " + a.priorLow() + ".." + a.priorHigh()
                + " (" + a.priorDocumentId() + ")";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> tableView(LocalPipeline p, List<String> docs) {
        Map<String, String> alerts = new java.util.TreeMap<>();
        for (String doc : docs) {
            for (Alert a : (List<Alert>) p.export(doc).get("alerts")) {
                alerts.put(a.alertId(), describe(a));
            }
        }
        return alerts;
    }

    private Map<String, String> uploadInOrder(Path dir, List<String> names, Map<String, String> texts,
                                              Map<String, String> tableOut) throws Exception {
        try (LocalStack stack = new LocalStack(dir); LocalPipeline pipeline = new LocalPipeline(stack, dir)) {
            List<String> ids = new java.util.ArrayList<>();
            for (String n : names) {
                ids.add(pipeline.upload(n, texts.get(n).getBytes(StandardCharsets.UTF_8)));
                pipeline.drain();
            }
            tableOut.putAll(tableView(pipeline, ids));
            return consumerView(pipeline);
        }
    }

    @Test
    void aConsumerOfTheBusEndsWithTheSameAlertsWhateverTheUploadOrder() throws Exception {
        Map<String, String> texts = Map.of("halden-q2.txt", Q2, "halden-q3.txt", Q3, "halden-q4.txt", Q4);
        Map<String, String> tableInOrder = new java.util.TreeMap<>();
        Map<String, String> tableReversed = new java.util.TreeMap<>();
        Map<String, String> inOrder = uploadInOrder(data.resolve("in-order"),
                List.of("halden-q2.txt", "halden-q3.txt", "halden-q4.txt"), texts, tableInOrder);
        assertEquals(Set.of("Guidance Changed"), detailTypes.keySet(), "in order, nothing needs correcting");
        Map<String, String> reversed = uploadInOrder(data.resolve("reversed"),
                List.of("halden-q4.txt", "halden-q3.txt", "halden-q2.txt"), texts, tableReversed);
        assertTrue(detailTypes.getOrDefault("Guidance Alert Corrected", 0) > 0
                && detailTypes.getOrDefault("Guidance Alert Retracted", 0) > 0, "reversed, alerts are corrected and retracted: "
                + detailTypes);
        assertTrue(inOrder.size() >= 6, "the three calls alert: " + inOrder);
        assertEquals(tableInOrder, inOrder, "in order, the bus says what the table holds");
        assertEquals(tableInOrder, tableReversed, "the table ends the same whatever the upload order");
        assertEquals(inOrder, reversed, "a consumer applying the events in order ends with the same alerts");
    }

    @Test
    void theSameContentUnderAnotherNameIsADuplicateAndAlertsNothing() throws Exception {
        try (LocalStack stack = new LocalStack(data); LocalPipeline pipeline = new LocalPipeline(stack, data)) {
            String first = pipeline.upload("halden-q3-2025.txt", Q3.getBytes(StandardCharsets.UTF_8));
            pipeline.drain();
            long published = events(pipeline);
            String copy = pipeline.upload("copy of halden q3.txt", Q3.getBytes(StandardCharsets.UTF_8));
            pipeline.drain();
            Map<String, Object> export = pipeline.export(copy);
            assertEquals(first, export.get("duplicateOf"));
            assertEquals("PROCESSED", export.get("status"));
            assertTrue(String.valueOf(export.get("warnings")).contains("halden-q3-2025.txt"), export.get("warnings").toString());
            assertEquals(List.of(), export.get("guidance"));
            assertEquals(List.of(), export.get("alerts"));
            assertEquals(published, events(pipeline), "a duplicate publishes nothing");
        }
    }

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
            List<StoredGuidance> history = pipeline.reader().guidanceHistory("HLDN", "revenue");
            assertEquals(Set.of("FY2025-Q4", "FY2026", "FY2026-Q1"),
                    history.stream().map(h -> h.guidance().period().toString()).collect(Collectors.toSet()));
            assertEquals(2, history.stream().filter(h -> h.guidance().period().equals(FiscalPeriod.year(2026))).count());
            List<Alert> recent = pipeline.reader().recentAlerts(java.time.Instant.now().minus(java.time.Duration.ofDays(60)), io.transcripts.reader.PageRequest.first(50)).items();
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
