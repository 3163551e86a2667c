package io.transcripts.local.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.transcripts.export.Json;
import java.nio.charset.StandardCharsets;

/** How one invocation ended, as the Lambda service sees it. */
public sealed interface Outcome {
    boolean failed();

    /** A one-line reason for a report or a dead letter. */
    String describe();

    /** The handler returned; {@code body} is its JSON response. */
    record Success(byte[] body) implements Outcome {
        @Override
        public boolean failed() {
            return false;
        }

        @Override
        public String describe() {
            return "ok";
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The first {@code batchItemFailures} entry's itemIdentifier a stream handler answered, or null (none). */
        public String firstItemFailure() {
            JsonNode failures = Json.read(text(), JsonNode.class).path("batchItemFailures");
            return failures.isArray() && !failures.isEmpty() ? failures.get(0).path("itemIdentifier").asText() : null;
        }
    }

    /** The handler threw (or initialisation failed); the runtime reported it. */
    record FunctionError(String errorType, String errorMessage) implements Outcome {
        static FunctionError fromJson(byte[] body, String fallback) {
            try {
                JsonNode n = Json.MAPPER.readTree(body);
                return new FunctionError(n.path("errorType").asText("Unhandled"), n.path("errorMessage").asText(fallback));
            } catch (java.io.IOException e) {
                return new FunctionError("Unhandled", fallback);
            }
        }

        @Override
        public boolean failed() {
            return true;
        }

        @Override
        public String describe() {
            return errorType + ": " + errorMessage;
        }
    }

    /** The environment died: timeout, out of memory, the process exited or was killed. */
    record Crash(String reason) implements Outcome {
        @Override
        public boolean failed() {
            return true;
        }

        @Override
        public String describe() {
            return reason;
        }
    }
}
