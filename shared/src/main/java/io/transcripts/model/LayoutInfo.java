package io.transcripts.model;

import java.util.List;

/** Which transcript layout family the text was read as, and how sure we are. */
public record LayoutInfo(String family, double confidence, List<String> languages) {
    public LayoutInfo {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
