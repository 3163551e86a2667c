package io.transcripts.layout;

import io.transcripts.language.Cue;
import io.transcripts.model.Role;
import java.util.regex.Pattern;

/** Headings that divide a transcript: prepared remarks, Q&A, participant lists. */
public final class Sections {
    private static final Pattern QA = Pattern.compile("(?i)^" + Cue.QA_HEADING.words() + "(\\s+(session|section))?\\s*:?$");
    private static final Pattern PREPARED = Pattern.compile("(?i)^" + Cue.PREPARED_HEADING.words() + "\\s*:?$");
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)^" + Cue.DISCLAIMER_HEADING.words() + "\\s*:?$");
    private static final Pattern PARTICIPANTS = Pattern.compile("(?i)^" + Cue.PARTICIPANTS_HEADING.words() + "\\s*:?$");

    private static final Pattern LETTER_SPACED = Pattern.compile("^\\S(?: {1,3}\\S){3,}$");

    /** Each heading pattern compacted once, for letter-spaced lines. */
    private static final java.util.Map<Pattern, Pattern> COMPACT = java.util.Map.of(QA, compact(QA), PREPARED, compact(PREPARED),
            PARTICIPANTS, compact(PARTICIPANTS), DISCLAIMER, compact(DISCLAIMER));

    private Sections() {
    }

    public static boolean isQaHeading(String line) {
        return heading(line, QA);
    }

    public static boolean isPreparedHeading(String line) {
        return heading(line, PREPARED);
    }

    /** "Disclaimer", "DEFINITIONS": a vendor's closing block, not speech. */
    public static boolean isDisclaimerHeading(String line) {
        return heading(line, DISCLAIMER);
    }

    public static boolean isParticipantsHeading(String line) {
        return heading(line, PARTICIPANTS);
    }

    private static boolean heading(String line, Pattern p) {
        String l = line.strip();
        if (letterSpaced(l)) {
            // "P R E S E N T A T I O N", "C O R P O R A T E P A R T I C I P A N T S": letter-spaced, word gaps lost
            return COMPACT.get(p).matcher(l.replace(" ", "")).matches();
        }
        return l.length() < 50 && p.matcher(l).matches();
    }

    /** Whether a line is single characters parted by 1-3 spaces, four or more of them (every line asks). */
    static boolean letterSpaced(String l) {
        // the pattern needs 7 characters at least and a space second: most lines fail that without a matcher
        return l.length() >= 7 && l.charAt(1) == ' ' && LETTER_SPACED.matcher(l).matches();
    }

    /** The heading pattern with every gap between words made optional. */
    private static Pattern compact(Pattern p) {
        return Pattern.compile(p.pattern().replace("\\s+", "\\s*").replace(" ", "\\s*"));
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
