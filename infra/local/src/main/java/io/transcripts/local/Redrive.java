package io.transcripts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transcripts.export.Json;
import io.transcripts.local.lambda.LambdaService;
import io.transcripts.local.lambda.Outcome;
import io.transcripts.store.Items;
import io.transcripts.store.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sends what the on-failure destinations hold back to their functions, once the cause is fixed: an
 * S3-triggered function's record as the asynchronous invocation it was (retried and dead-lettered
 * again as before if it fails again), a stream batch to the stream function synchronously (a batch
 * that fails again is dead-lettered again). A stream record that no longer describes its item as
 * it stands (a later upload changed or removed it since) is left out: replaying it would publish an
 * outdated correction. The destination file is set aside first and removed once its records went
 * back, so a record is either redriven or still on file; a set-aside file an interrupted redrive
 * left is taken up by the next one; a line that is not a destination record is kept apart in
 * {@code <function>.jsonl.unreadable}, and a function the template no longer has is left on file.
 */
final class Redrive {
    /** What a redrive did for one function. */
    record Result(String function, int redriven, int failedAgain, int superseded, String note) {
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
            boolean stream;
            try {
                stream = lambda.spec(function).stream() != null;
            } catch (IllegalArgumentException notInTemplate) {
                out.add(new Result(function, 0, 0, 0, "not a function of the template: left on file"));
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
                    String payload = line.isBlank() ? null : payload(line);
                    if (payload != null) {
                        payloads.add(payload);
                    } else if (!line.isBlank()) {
                        Files.writeString(dir.resolve(function + ".jsonl.unreadable"), line + "\n", StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                }
            }
            int before = lambda.deadLetters().size();
            int redriven = 0;
            int superseded = 0;
            for (String payload : payloads) {
                if (stream) {
                    Current current = current(payload, pipeline.dynamo(), pipeline.table());
                    superseded += current.dropped();
                    if (current.payload() == null) {
                        continue;
                    }
                    redriven++;
                    Outcome o = lambda.invoke(function, current.payload());
                    String failure = o.failed() ? o.describe() : itemFailure(o);
                    if (failure != null) {
                        lambda.deadLetter(new LambdaService.DeadLetter(function, "RedriveFailed", 1, failure, current.payload(), Instant.now()));
                    }
                } else {
                    redriven++;
                    lambda.invokeAsync(function, payload);
                }
            }
            pipeline.drain();
            List<LambdaService.DeadLetter> letters = lambda.deadLetters();
            int failedAgain = (int) letters.subList(before, letters.size()).stream().filter(d -> d.function().equals(function)).count();
            for (Path p : aside) {
                Files.delete(p); // what failed again is on file anew
            }
            out.add(new Result(function, redriven, failedAgain, superseded, null));
        }
        return out;
    }

    /** The original event of a destination record (Lambda's {@code requestPayload}, an object or its JSON text), or null. */
    private static String payload(String line) {
        try {
            JsonNode p = Json.read(line, JsonNode.class).get("requestPayload");
            return p == null || p.isNull() ? null : p.isTextual() ? p.asText() : p.toString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private record Current(String payload, int dropped) {
    }

    /** The batch without the records whose item changed since (null when none is left). */
    private static Current current(String payload, DynamoDbClient ddb, String table) {
        JsonNode event = Json.read(payload, JsonNode.class);
        ArrayNode kept = Json.MAPPER.createArrayNode();
        int dropped = 0;
        for (JsonNode r : event.path("Records")) {
            JsonNode d = r.path("dynamodb");
            String pk = d.path("Keys").path(Keys.PK).path("S").asText(null);
            String sk = d.path("Keys").path(Keys.SK).path("S").asText(null);
            if (pk == null || sk == null) {
                kept.add(r);
                continue;
            }
            Map<String, AttributeValue> now = ddb.getItem(b -> b.tableName(table).consistentRead(true)
                    .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk)))).item();
            boolean removed = "REMOVE".equals(r.path("eventName").asText());
            boolean stands = removed ? now == null || now.isEmpty()
                    : now != null && !now.isEmpty() && Objects.equals(d.path("NewImage").path(Keys.BODY).path("S").asText(null),
                    now.containsKey(Keys.BODY) ? Items.body(now) : null);
            if (stands) {
                kept.add(r);
            } else {
                dropped++;
            }
        }
        if (kept.isEmpty()) {
            return new Current(null, dropped);
        }
        ObjectNode copy = ((ObjectNode) event).deepCopy();
        copy.set("Records", kept);
        return new Current(copy.toString(), dropped);
    }

    private static String itemFailure(Outcome o) {
        String at = o instanceof Outcome.Success s ? s.firstItemFailure() : null;
        return at == null ? null : "batch item failure at " + at;
    }

    private static List<String> functions(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jsonl") || n.contains(".jsonl.redriving-"))
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
