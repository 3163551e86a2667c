package io.transcripts.local;

import io.transcripts.local.lambda.FunctionSpec;
import io.transcripts.local.lambda.LambdaService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold starts of each function's deployment artifact, started by the runtime interface client on
 * the local Runtime API as the Lambda service starts them, timed from JVM start to the first
 * response, against a trivial handler (the floor) and the same handler building and using a
 * DynamoDB client (the client set-up every function pays). Each function is measured as deployed
 * on demand ("plain"), with a class-data sharing archive trained on one run ("cds"), and primed
 * during init ("primed": the work a SnapStart snapshot has done; its first response is what a
 * restored environment pays after the restore itself).
 */
final class ColdStarts {
    /** A variant's medians over its runs. */
    record Row(String function, String mode, long initMs, long invokeMs, long firstResponseMs, int runs, int failed) {
    }

    private ColdStarts() {
    }

    /** @param root the repository's root: its events/ samples and the floor artifact under infra/bench/target */
    static List<Row> measure(LocalPipeline pipeline, Path data, Path root, int runs) throws Exception {
        Path floorArtifact = root.resolve("infra/bench/target/floor-function.jar");
        if (!Files.isRegularFile(floorArtifact)) {
            throw new IllegalArgumentException("no floor artifact at " + floorArtifact + " (mvn -B -DskipTests package, from the repository root)");
        }
        byte[] sample = Files.readAllBytes(root.resolve("events/transcripts/aurora-networks-q3-fy2025-motley.txt"));
        String documentId = pipeline.upload("aurora-networks-q3-fy2025-motley.txt", sample);
        pipeline.drain();
        LambdaService lambda = pipeline.lambda();
        String bucket = pipeline.bucket();
        Map<String, String> events = new LinkedHashMap<>();
        events.put("IngestFunction", LambdaEvents.s3Json(bucket, LocalPipeline.keyFor("aurora-networks-q3-fy2025-motley.txt"),
                sample.length, null));
        events.put("FinancialsFunction", LambdaEvents.s3Json(bucket, LocalPipeline.PROCESSED_PREFIX + documentId + ".json", 1, null));
        events.put("AlertsFunction", Files.readString(root.resolve("events/dynamodb-stream-guidance.json")));

        FunctionSpec ingest = lambda.spec("IngestFunction");
        FunctionSpec floor = new FunctionSpec("Floor", "io.transcripts.bench.floor.FloorHandler::handleRequest", floorArtifact,
                ingest.memoryMb(), 60, Map.of("TABLE_NAME", ingest.environment().getOrDefault("TABLE_NAME", "")), 0, null, null);
        List<Row> rows = new ArrayList<>();
        rows.add(row(lambda, floor, "floor", "{}", List.of(), Map.of(), runs));
        rows.add(row(lambda, floor, "floor + DynamoDB client", "{}", List.of(), Map.of("FLOOR_CLIENTS", "true"), runs));
        Path cds = Files.createDirectories(data.resolve("cds"));
        for (Map.Entry<String, String> e : events.entrySet()) {
            FunctionSpec f = lambda.spec(e.getKey());
            rows.add(row(lambda, f, "plain", e.getValue(), List.of(), Map.of(), runs));
            Path archive = cds.resolve(f.name() + ".jsa");
            Files.deleteIfExists(archive);
            // one training run writes the archive of the classes it loaded, at its exit
            lambda.coldStart(f, e.getValue(), List.of("-XX:ArchiveClassesAtExit=" + archive), Map.of(), true);
            List<String> withArchive = Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
            rows.add(row(lambda, f, withArchive.isEmpty() ? "cds (no archive written)" : "cds", e.getValue(), withArchive, Map.of(), runs));
            rows.add(row(lambda, f, "primed", e.getValue(), List.of(), Map.of("PRIME_ON_INIT", "true"), runs));
        }
        return rows;
    }

    private static Row row(LambdaService lambda, FunctionSpec f, String mode, String event, List<String> jvm, Map<String, String> env,
                           int runs) throws IOException {
        List<Long> init = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> invoke = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < runs; i++) {
            LambdaService.ColdStart c = lambda.coldStart(f, event, jvm, env, false);
            init.add(c.initMs());
            first.add(c.firstResponseMs());
            invoke.add(c.firstResponseMs() - c.initMs());
            failed += c.failed() ? 1 : 0;
        }
        return new Row(f.name(), mode, median(init), median(invoke), median(first), runs, failed);
    }

    private static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        s.sort(Long::compare);
        return s.get(s.size() / 2);
    }

    static void print(List<Row> rows, PrintStream out) {
        long floor = rows.get(0).firstResponseMs();
        long clients = rows.get(1).firstResponseMs() - floor;
        out.printf("%-20s %-24s %9s %11s %16s %10s %s%n", "function", "mode", "init ms", "invoke ms", "first response", "vs floor", "runs");
        for (Row r : rows) {
            out.printf("%-20s %-24s %9d %11d %13d ms %9.2fx %d%s%n", r.function(), r.mode(), r.initMs(),
                    r.invokeMs(), r.firstResponseMs(), (double) r.firstResponseMs() / floor, r.runs(),
                    r.failed() > 0 ? " (" + r.failed() + " failed)" : "");
        }
        out.println("primed: init includes the priming a SnapStart snapshot holds; a restored environment pays the restore,"
                + " then about the invoke ms");
        out.printf("target per function: 2 x floor (%d ms) + client set-up (%d ms) = %d ms%n", floor, clients, 2 * floor + clients);
    }
}
