package io.transcripts.model;

import java.util.List;

/**
 * The structure read from one transcript. {@code numbersTrusted} is false where the text cannot
 * carry numbers (masked digits, shuffled words): extraction must then produce nothing.
 */
public record Transcript(CallInfo call, LayoutInfo layout, List<Participant> participants, List<Turn> turns,
                         List<Exchange> exchanges, List<String> warnings, boolean numbersTrusted) {
    public Transcript {
        participants = List.copyOf(participants);
        turns = List.copyOf(turns);
        exchanges = List.copyOf(exchanges);
        warnings = List.copyOf(warnings);
    }

    public Status status() {
        return warnings.isEmpty() ? Status.PROCESSED : Status.DEGRADED;
    }
}
