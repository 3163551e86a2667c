package io.transcripts.layout;

import java.util.regex.Pattern;

/** Job titles that mark a company's own people. */
public final class Titles {
    // searched for, not matched with ".*" on both sides, which retries the words at every position
    private static final Pattern EXECUTIVE = Pattern.compile(
            "(?i)\\b(ceo|cfo|coo|cto|cro|cmo|chief|president|officer|chairman|chairwoman|chair|founder|"
                    + "co-founder|director|treasurer|controller|secretary|counsel|head|vp|svp|evp|vice president|"
                    + "investor relations|ir|general manager|managing director|executive|partner|principal)\\b");
    private static final Pattern ANALYST = Pattern.compile("(?i)\\b(analyst|research|equity)\\b");
    private static final Pattern ENDS_ASKING = Pattern.compile(".*[?!:]$");
    private static final Pattern WORD_FULL_STOP = Pattern.compile(".*[a-z]{3,}\\.$");
    private static final Pattern FIRM = Pattern.compile(
            "(?i).*\\b(securities|capital|partners|bank|markets|research division|group|llc|inc\\.?|ltd\\.?|limited|plc|corp\\.?|corporation|ag|s\\.a\\.?|n\\.v\\.?|"
                    + "co\\.|company|& co|advisors|investments|asset management|financial)$");

    private Titles() {
    }

    public static boolean isExecutiveTitle(String title) {
        return title != null && oneLineWith(EXECUTIVE, title) && !oneLineWith(ANALYST, title);
    }

    public static boolean isAnalystTitle(String title) {
        return title != null && oneLineWith(ANALYST, title);
    }

    /** What ".*words.*" matched: one line (a dot matches no line break) holding the words. */
    private static boolean oneLineWith(Pattern words, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return words.matcher(s).find();
    }

    /**
     * A line that can only be a job title or an affiliation under a name line ("CEO & Director",
     * "Morgan Stanley, Research Division"): short, no sentence end, not itself a name.
     */
    public static boolean isTitleLine(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > 90 || Tokens.count(l) > 12 || ENDS_ASKING.matcher(l).matches()
                || WORD_FULL_STOP.matcher(l).matches() && !FIRM.matcher(l).matches()) {
            return false;
        }
        return isExecutiveTitle(l) || isAnalystTitle(l) || FIRM.matcher(l).matches();
    }
}
