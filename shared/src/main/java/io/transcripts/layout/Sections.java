package io.transcripts.layout;

import io.transcripts.language.Cue;
import io.transcripts.model.Role;
import java.util.regex.Pattern;

/** Headings that divide a transcript: prepared remarks, Q&A, participant lists. */
public final class Sections {
    private static final Pattern QA = Pattern.compile("(?i)^" + Cue.QA_HEADING.words() + "(\\s+(session|section))?\\s*:?$");
    private static final Pattern PREPARED = Pattern.compile("(?i)^" + Cue.PREPARED_HEADING.words() + "\\s*:?$");
    private static final Pattern PARTICIPANTS = Pattern.compile("(?i)^" + Cue.PARTICIPANTS_HEADING.words() + "\\s*:?$");

    private Sections() {
    }

    public static boolean isQaHeading(String line) {
        return line.length() < 50 && QA.matcher(line).matches();
    }

    public static boolean isPreparedHeading(String line) {
        return line.length() < 50 && PREPARED.matcher(line).matches();
    }

    public static boolean isParticipantsHeading(String line) {
        return line.length() < 50 && PARTICIPANTS.matcher(line).matches();
    }

    /** The role a participants heading implies, UNKNOWN where it mixes both sides. */
    public static Role participantsRole(String heading) {
        String h = heading.toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("corporate") || h.startsWith("company") || h.startsWith("executives")
                || h.startsWith("management")) {
            return Role.EXECUTIVE;
        }
        if (h.startsWith("conference call") || h.startsWith("analysts")) {
            return Role.ANALYST;
        }
        return Role.UNKNOWN;
    }
}
