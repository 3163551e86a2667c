package io.transcripts.layout;

import java.util.List;

/**
 * What a layout read from the text: the lines before the first turn (title, company, date), the
 * turns, participants listed apart from the turns, the lines it set aside as boilerplate, and
 * warnings. {@code numbersTrusted} is false where digits or word order cannot be relied on.
 */
public record LayoutReading(String family, double confidence, List<String> headerLines, List<RawTurn> turns,
                            List<ListedParticipant> listedParticipants, List<String> boilerplate,
                            List<String> languages, List<String> warnings, boolean numbersTrusted) {
    public LayoutReading {
        headerLines = List.copyOf(headerLines);
        turns = List.copyOf(turns);
        listedParticipants = List.copyOf(listedParticipants);
        boilerplate = List.copyOf(boilerplate);
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
    }
}
