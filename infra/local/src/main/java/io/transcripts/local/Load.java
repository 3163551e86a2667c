package io.transcripts.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import io.transcripts.local.lambda.LambdaService;
import io.transcripts.local.lambda.ProcessMemory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The load command: uploads N generated transcripts (each a distinct company with its own numbers),
 * lets the stack work, and reports throughput, upload-to-alert latency, peak memory and how many
 * uploads have no final record (which must be none).
 */
final class Load {
    /** What one load run measured. */
    record Result(int uploads, double seconds, double documentsPerSecond, long p50Ms, long p95Ms, long maxMs,
                  int alerted, int events, int duplicateEvents, int withoutFinalRecord, int deadLetters,
                  Map<String, Long> peakMemoryMb, Map<String, LambdaService.Busy> busy) {
        void print(PrintStream out) {
            out.printf(Locale.ROOT, "uploads %d in %.1f s: %.2f documents per second%n", uploads, seconds, documentsPerSecond);
            out.printf(Locale.ROOT, "upload to first alert: p50 %d ms, p95 %d ms, max %d ms (%d of %d documents alerted)%n",
                    p50Ms, p95Ms, maxMs, alerted, uploads);
            out.printf(Locale.ROOT, "events on the bus: %d, of them duplicates (an alertId seen before): %d%n", events,
                    duplicateEvents);
            out.printf(Locale.ROOT, "peak memory (resident, MB): %s%n", peakMemoryMb);
            // which function limits throughput: the one whose environments were busy the largest share of the run
            busy.forEach((f, b) -> out.printf(Locale.ROOT, "%s: %d invocations in %d environment(s), mean %.0f ms, busy %.0f%%%n",
                    f, b.invocations(), b.environments(), b.meanMs(), 100.0 * b.busyMs() / (seconds * 1000 * b.environments())));
            out.printf(Locale.ROOT, "uploads without a final record: %d; dead letters: %d%n", withoutFinalRecord, deadLetters);
        }
    }

    private Load() {
    }

    static Result run(LocalPipeline pipeline, int count, long seed) throws InterruptedException {
        Map<String, Long> uploadedAt = new ConcurrentHashMap<>();
        Map<String, Long> firstAlertAt = new ConcurrentHashMap<>();
        List<String> alertIds = java.util.Collections.synchronizedList(new ArrayList<>());
        pipeline.onEvent(body -> {
            long now = System.nanoTime();
            for (JsonNode entry : Json.read(body, JsonNode.class).path("Entries")) {
                JsonNode detail = Json.read(entry.path("Detail").asText(), JsonNode.class);
                firstAlertAt.putIfAbsent(detail.path("documentId").asText(), now);
                if (entry.path("DetailType").asText().equals("Guidance Changed")) {
                    alertIds.add(detail.path("alertId").asText());
                }
            }
        });
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] text = transcript(i, random).getBytes(StandardCharsets.UTF_8);
            long at = System.nanoTime();
            String id = pipeline.upload(String.format(Locale.ROOT, "load-%05d.txt", i), text);
            uploadedAt.put(id, at);
            ids.add(id);
        }
        pipeline.drain();
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (String id : ids) {
            Long alert = firstAlertAt.get(id);
            if (alert != null) {
                latencies.add((alert - uploadedAt.get(id)) / 1_000_000);
            }
            var export = pipeline.findExport(id);
            if (export.isEmpty() || String.valueOf(export.get().get("error")).startsWith("processing started")) {
                missing++;
            }
        }
        Collections.sort(latencies);
        Map<String, Long> memory = new java.util.LinkedHashMap<>();
        Map<String, LambdaService.Busy> busy = new java.util.LinkedHashMap<>();
        memory.put("local stack", ProcessMemory.peakResidentKb(ProcessHandle.current().pid()) / 1024);
        for (String f : List.of("IngestFunction", "FinancialsFunction", "AlertsFunction")) {
            memory.put(f, pipeline.lambda().peakMemoryMb(f));
            busy.put(f, pipeline.lambda().busy(f));
        }
        return new Result(count, seconds, count / seconds, percentile(latencies, 50), percentile(latencies, 95),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), latencies.size(), alertIds.size(),
                alertIds.size() - (int) alertIds.stream().distinct().count(), missing,
                pipeline.lambda().deadLetters().size(), memory, busy);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Company i's call: its own name, ticker and numbers, guidance the alerts function reports. */
    static String transcript(int i, Random random) {
        String ticker = ticker(i);
        String company = "Loadgen " + ticker + " Industries";
        int revenue = 100 + random.nextInt(900);
        int low = revenue * 4 + random.nextInt(50);
        int high = low + 10 + random.nextInt(40);
        double margin = 30 + random.nextInt(300) / 10.0;
        return String.format(Locale.ROOT, """
                %1$s (NASDAQ: %2$s)
                Q3 2025 Earnings Call
                October %3$d, 2025

                Operator: Good afternoon, and welcome to the %1$s third quarter 2025 earnings call. I will now turn the call over to Alex Morgan, Chief Executive Officer.

                Alex Morgan: Thank you, operator. Revenue for the third quarter was $%4$d million, up %5$d%% year over year, and gross margin was %6$.1f%%. Customers added %7$d new contracts in the quarter. I'll turn it over to Jordan Lee, our Chief Financial Officer.

                Jordan Lee: Thanks, Alex. For the full year 2025, we expect revenue of $%8$d million to $%9$d million. For the fourth quarter, we expect revenue of $%10$d million to $%11$d million. With that, operator, please open the line for questions.

                Operator: Our first question comes from Casey Park with Northbridge Securities.

                Casey Park: Thanks. How should we think about margins in the fourth quarter?

                Jordan Lee: We expect gross margin to remain around %6$.1f%% in the fourth quarter.

                Operator: This concludes today's call. Thank you for participating.
                """, company, ticker, 1 + i % 28, revenue, 3 + random.nextInt(20), margin, 10 + random.nextInt(90), low, high,
                revenue + 5, revenue + 25);
    }

    private static String ticker(int i) {
        StringBuilder b = new StringBuilder();
        int n = i;
        for (int k = 0; k < 4; k++) {
            b.append((char) ('A' + n % 26));
            n /= 26;
        }
        return b.reverse().toString();
    }
}
