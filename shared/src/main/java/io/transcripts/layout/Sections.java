package io.transcripts.layout;

import io.transcripts.model.Role;
import java.util.regex.Pattern;

/** Headings that divide a transcript: prepared remarks, Q&A, participant lists. */
public final class Sections {
    private static final Pattern QA = Pattern.compile(
            "(?i)^(questions?\\s*(and|&)\\s*answers?|question-and-answer|q\\s*&\\s*a|q and a)(\\s+(session|section))?\\s*:?$");
    private static final Pattern PREPARED = Pattern.compile(
            "(?i)^(prepared remarks|presentation|management (discussion|presentation|remarks)( section)?|opening remarks|"
                    + "transcript|call transcript|earnings call transcript)\\s*:?$");
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?i)^(call participants|corporate participants|company participants|conference call participants|"
                    + "participants|executives|analysts|company representatives|management)\\s*:?$");

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
