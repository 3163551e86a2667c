package io.transcripts.layout;

import io.transcripts.model.Role;

/** An entry of a participants list, or a header's description of a speaker. */
public record ListedParticipant(String name, String title, String firm, Role roleHint) {
}
