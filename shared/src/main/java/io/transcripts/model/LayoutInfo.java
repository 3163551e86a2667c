package io.transcripts.model;

import java.util.List;

/**
 * Which transcript layout family the text was read as, how sure we are, and the label grammar the
 * reading used: how many speaker labels it read and the first few as the source prints them.
 */
public record LayoutInfo(String family, double confidence, List<String> languages, int labels, List<String> labelSamples) {
    public LayoutInfo {
        languages = languages == null ? List.of() : List.copyOf(languages);
        labelSamples = labelSamples == null ? List.of() : List.copyOf(labelSamples);
    }

    public LayoutInfo(String family, double confidence, List<String> languages) {
        this(family, confidence, languages, 0, List.of());
    }
}
