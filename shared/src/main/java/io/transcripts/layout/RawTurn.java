package io.transcripts.layout;

import io.transcripts.model.Role;
import java.util.Map;

/**
 * A turn as a layout reads it, before participants and sections are resolved: the speaker's label
 * (null where the source names nobody), what the header said of them, the words and any translation.
 * {@code qaStartsHere} marks a turn that a Q&A heading or cue directly precedes.
 */
public record RawTurn(String label, String title, String firm, Role roleHint, String text,
                      Map<String, String> translation, boolean qaStartsHere) {
    public RawTurn {
        roleHint = roleHint == null ? Role.UNKNOWN : roleHint;
        translation = translation == null ? Map.of() : Map.copyOf(translation);
    }
}
