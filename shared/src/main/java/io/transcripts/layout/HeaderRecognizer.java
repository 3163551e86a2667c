package io.transcripts.layout;

import io.transcripts.model.Role;

/** Recognises a layout's speaker header lines ("Name -- Title", "Name: text"...). */
@FunctionalInterface
public interface HeaderRecognizer {

    /** A speaker header; {@code inlineText} is speech on the same line (colon layouts), else empty. */
    record Header(String name, String title, String firm, Role roleHint, String inlineText) {
    }

    /** The header this line is, or null when it is no header. */
    Header recognize(String line);
}
