package io.transcripts.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import io.transcripts.local.lambda.LambdaService;
import io.transcripts.local.lambda.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sends what the on-failure destinations hold back to their functions, once the cause is fixed: an
 * S3-triggered function's record as the asynchronous invocation it was (retried and dead-lettered
 * again as before if it fails again), a stream batch to the stream function synchronously (a batch
 * that fails again is dead-lettered again). The destination file is set aside first, so a record is
 * either redriven or still on file, never lost; a set-aside file an interrupted redrive left is
 * taken up by the next one. The writes are idempotent, so a record redriven twice changes nothing.
 */
final class Redrive {
    /** What a redrive did for one function. */
    record Result(String function, int redriven, int failedAgain) {
    }

    private Redrive() {
    }

    static List<Result> run(LocalPipeline pipeline, Path data, String onlyFunction) throws IOException, InterruptedException {
        Path dir = data.resolve("failures");
        List<Result> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        LambdaService lambda = pipeline.lambda();
        for (String function : functions(dir)) {
            if (onlyFunction != null && !onlyFunction.equals(function)) {
                continue;
            }
            List<String> payloads = new ArrayList<>();
            List<Path> aside = new ArrayList<>();
            for (Path f : files(dir, function)) {
                Path moved = f.getFileName().toString().endsWith(".jsonl")
                        ? Files.move(f, f.resolveSibling(f.getFileName() + ".redriving-" + System.currentTimeMillis()),
                        StandardCopyOption.ATOMIC_MOVE) : f;
                aside.add(moved);
                for (String line : Files.readAllLines(moved, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        payloads.add(payload(line, moved));
                    }
                }
            }
            int before = lambda.deadLetters().size();
            boolean stream = lambda.spec(function).stream() != null;
            for (String payload : payloads) {
                if (stream) {
                    Outcome o = lambda.invoke(function, payload);
                    String failure = o.failed() ? o.describe() : itemFailure(o);
                    if (failure != null) {
                        lambda.deadLetter(new LambdaService.DeadLetter(function, "RedriveFailed", 1, failure, payload, Instant.now()));
                    }
                } else {
                    lambda.invokeAsync(function, payload);
                }
            }
            pipeline.drain();
            List<LambdaService.DeadLetter> letters = lambda.deadLetters();
            int failedAgain = (int) letters.subList(before, letters.size()).stream()
                    .filter(d -> d.function().equals(function)).count();
            for (Path p : aside) {
                Files.delete(p); // what failed again is on file anew
            }
            out.add(new Result(function, payloads.size(), failedAgain));
        }
        return out;
    }

    /** The original event of a destination record (Lambda's {@code requestPayload}, an object or its JSON text). */
    private static String payload(String line, Path file) {
        JsonNode record = Json.read(line, JsonNode.class);
        JsonNode p = record.get("requestPayload");
        if (p == null || p.isNull()) {
            throw new IllegalArgumentException(file + " holds a record without its requestPayload: " + line.substring(0, Math.min(120, line.length())));
        }
        return p.isTextual() ? p.asText() : p.toString();
    }

    private static String itemFailure(Outcome o) {
        if (!(o instanceof Outcome.Success s)) {
            return null;
        }
        JsonNode failures = Json.read(s.text(), JsonNode.class).path("batchItemFailures");
        return failures.isArray() && !failures.isEmpty() ? "batch item failure at " + failures.get(0).path("itemIdentifier").asText() : null;
    }

    private static List<String> functions(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".jsonl"))
                    .map(n -> n.substring(0, n.indexOf(".jsonl"))).distinct().sorted().toList();
        }
    }

    /** The function's destination file and any a previous redrive set aside and did not finish. */
    private static List<Path> files(Path dir, String function) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals(function + ".jsonl") || n.startsWith(function + ".jsonl.redriving-");
            }).sorted().toList();
        }
    }
}
