package io.transcripts.aws;

import java.util.Map;

/** Reads a function's configuration from its environment, failing fast with the missing name. */
public final class Clients {
    private Clients() {
    }

    public static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return v;
    }

    public static String optional(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
