package io.transcripts.model;

/** A person on the call, merged from participant lists, turn headers and operator introductions. */
public record Participant(String name, Role role, String title, String firm) {
    public Participant {
        role = role == null ? Role.UNKNOWN : role;
    }
}
