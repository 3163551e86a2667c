package io.transcripts.layout;

import java.util.List;

/**
 * What a layout read from the text: the lines before the first turn (title, company, date), the
 * turns, participants listed apart from the turns, the lines it set aside as boilerplate, the
 * speaker labels it read turns' speakers from, and warnings. {@code numbersTrusted} is false where
 * digits or word order cannot be relied on. Every character of the source lands in exactly one of
 * header lines, turn texts, translations, labels and boilerplate.
 */
public record LayoutReading(String family, double confidence, List<String> headerLines, List<RawTurn> turns,
                            List<ListedParticipant> listedParticipants, List<String> boilerplate,
                            List<String> labels, List<String> languages, List<String> warnings,
                            boolean numbersTrusted) {
    public LayoutReading {
        headerLines = List.copyOf(headerLines);
        turns = List.copyOf(turns);
        listedParticipants = List.copyOf(listedParticipants);
        boilerplate = List.copyOf(boilerplate);
        labels = List.copyOf(labels);
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
    }
}
