package io.transcripts.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transcripts.export.Json;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * A function's log: one JSON object a line on standard output, which Lambda keeps as it is under
 * the JSON log format (the runtime client writes standard output straight through), so every line
 * has the document's id and key as fields of their own. Metrics are CloudWatch embedded metric
 * format lines: CloudWatch turns them into metrics without an API call, and the same line is a
 * searchable log event. Lambda's {@code AWS_LAMBDA_LOG_LEVEL} (the template's ApplicationLogLevel)
 * drops lines below it.
 */
public final class FunctionLog {
    public enum Level { DEBUG, INFO, WARN, ERROR }

    /** What a line is about: the invocation, and the document where there is one (null fields are left out). */
    public record About(String requestId, String documentId, String key) {
        public About document(String documentId, String key) {
            return new About(requestId, documentId, key);
        }
    }

    private final String function;
    private final String namespace;
    private final Level threshold;
    private final Clock clock;

    public FunctionLog(String function, Map<String, String> env) {
        this(function, env, Clock.systemUTC());
    }

    public FunctionLog(String function, Map<String, String> env, Clock clock) {
        this.function = function;
        this.namespace = Clients.optional(env, "METRICS_NAMESPACE", "Transcripts");
        this.threshold = level(env.get("AWS_LAMBDA_LOG_LEVEL"));
        this.clock = clock;
    }

    /** The invocation's request id, where the runtime gives one. */
    public static About invocation(String requestId) {
        return new About(requestId, null, null);
    }

    public void info(About about, String message) {
        log(Level.INFO, about, message);
    }

    public void warn(About about, String message) {
        log(Level.WARN, about, message);
    }

    public void log(Level level, About about, String message) {
        if (level.compareTo(threshold) < 0) {
            return;
        }
        ObjectNode line = base(about);
        line.put("level", level.name());
        line.put("message", message);
        emit(line);
    }

    /**
     * One embedded-metric line: each count (documents processed, failed, guidance items, ...) and
     * the duration, by function. Always written, whatever the log level: metrics are not chatter.
     */
    public void metrics(About about, Map<String, Double> counts, double durationMs) {
        ObjectNode line = base(about);
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", namespace);
        directive.putArray("Dimensions").addArray().add("function");
        ArrayNode metrics = directive.putArray("Metrics");
        counts.forEach((name, value) -> {
            metrics.addObject().put("Name", name).put("Unit", "Count");
            line.put(name, value);
        });
        metrics.addObject().put("Name", "Duration").put("Unit", "Milliseconds");
        line.put("Duration", Math.round(durationMs * 10) / 10.0);
        emit(line);
    }

    private ObjectNode base(About about) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("timestamp", clock.instant().toString());
        line.put("function", function);
        if (about != null) {
            putIf(line, "requestId", about.requestId());
            putIf(line, "documentId", about.documentId());
            putIf(line, "key", about.key());
        }
        return line;
    }

    private static void putIf(ObjectNode line, String field, String value) {
        if (value != null) {
            line.put(field, value);
        }
    }

    private static void emit(ObjectNode line) {
        PrintStream out = System.out; // looked up each time: the runtime client replaces it before the handler loads
        String text = line.toString();
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    private static Level level(String name) {
        if (name == null || name.isBlank()) {
            return Level.INFO;
        }
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "TRACE", "DEBUG" -> Level.DEBUG;
            case "WARN" -> Level.WARN;
            case "ERROR", "FATAL" -> Level.ERROR;
            default -> Level.INFO;
        };
    }
}
