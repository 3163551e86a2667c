package io.transcripts.layout;

import java.util.regex.Pattern;

/** Job titles that mark a company's own people. */
public final class Titles {
    private static final Pattern EXECUTIVE = Pattern.compile(
            "(?i).*\\b(ceo|cfo|coo|cto|cro|cmo|chief|president|officer|chairman|chairwoman|chair|founder|"
                    + "co-founder|director|treasurer|controller|secretary|counsel|head|vp|svp|evp|vice president|"
                    + "investor relations|ir|general manager|managing director|executive|partner|principal)\\b.*");
    private static final Pattern ANALYST = Pattern.compile("(?i).*\\b(analyst|research|equity)\\b.*");

    private Titles() {
    }

    public static boolean isExecutiveTitle(String title) {
        return title != null && EXECUTIVE.matcher(title).matches() && !ANALYST.matcher(title).matches();
    }

    public static boolean isAnalystTitle(String title) {
        return title != null && ANALYST.matcher(title).matches();
    }
}
