package io.transcripts.model;

import java.util.Map;

/** A contiguous stretch of one speaker. {@code speaker} is null where the source names nobody. */
public record Turn(int index, String speaker, Role role, Section section, String text, Map<String, String> translation) {
    public Turn {
        role = role == null ? Role.UNKNOWN : role;
        translation = translation == null ? Map.of() : Map.copyOf(translation);
    }
}
