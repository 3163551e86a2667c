package io.transcripts.model;

/** Where a number came from: the turn, its speaker and the sentence. */
public record Evidence(int turn, String speaker, String quote) {
}
