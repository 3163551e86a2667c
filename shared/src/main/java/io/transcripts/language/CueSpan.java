package io.transcripts.language;

/** A cue marked at a position in a sentence. */
public record CueSpan(Cue cue, int start, int end) {
}
