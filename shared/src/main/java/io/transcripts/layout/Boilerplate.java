package io.transcripts.layout;

import io.transcripts.language.Cue;
import io.transcripts.language.PatternScreen;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that is never speech: page furniture, promotions, navigation and publication notes. Patterns
 * describe kinds of furniture (a promo block, a logo caption, a duration line), not any one source.
 */
public final class Boilerplate {
    private static final List<Pattern> LINES = List.of(
            Pattern.compile("(?i)^image source:.*"),
            Pattern.compile("(?i)^logo of .*"),
            Pattern.compile("(?i)^[\\w&.' -]{0,40}\\blogo\\.?$"),
            Pattern.compile("(?i)^duration:\\s*\\d+\\s*(minutes?|mins?|hours?).*"),
            Pattern.compile("(?i)^more [A-Z0-9.]{1,8} analysis$"),
            Pattern.compile("(?i)^all earnings call transcripts$"),
            Pattern.compile("(?i)^(see|view|read) (the )?(\\d+|all|more|full) .{0,40}$"),
            Pattern.compile("(?i)^\\*?stock advisor returns as of .*"),
            Pattern.compile("(?i)^(advertisement|sponsored( content)?|skip to (main )?content|back to top|print|share( this)?( article)?)$"),
            Pattern.compile("(?i)^(copyright|©|\\(c\\)) ?.{0,120}(all rights reserved)?.*"),
            Pattern.compile("(?i)^.{0,80}all rights reserved\\.?$"),
            Pattern.compile("(?i)^(sign up|subscribe|log in|register)( now| today| for .{0,40})?[.!]?$"),
            Pattern.compile("(?i)^(contents|table of contents):?$"),
            // a table of contents' bullets: the section headings as a list
            Pattern.compile("(?i)^\\s*[•·▪◦*-]\\s*(?:" + Cue.PREPARED_HEADING.words() + "|" + Cue.QA_HEADING.words() + "|"
                    + Cue.PARTICIPANTS_HEADING.words() + ")\\s*$"),
            Pattern.compile("^[-=_*~]{5,}$"),
            Pattern.compile("^[.·…]{5,}$"), // dot leaders between turns
            Pattern.compile("(?i)^(corrected transcript|raw transcript|total pages:? \\d+|1-877-factset.*|www\\.callstreet\\.com.*)$"),
            // running page headers: "ACME CORP. FQ2 2024 EARNINGS CALL | NOV 01, 2023"
            Pattern.compile("(?i)^.{0,80}(earnings|conference) call\\s*\\|\\s*[a-z]{3,9}\\.? \\d{1,2},? \\d{4}$"),
            Pattern.compile("(?i)^(page \\d+( of \\d+)?|\\d+ of \\d+)$"),
            Pattern.compile("(?i)^(this|the) (article|transcript) (is|was) (a transcript of|produced|provided).*"),
            Pattern.compile("(?i)^(the motley fool|motley fool) (has|recommends|owns).*")
    );
    private static final Pattern PROMO_START = Pattern.compile(
            "(?i)^(\\d+|ten) stocks we like better than .*|^(should you|before you) (invest|buy) .{0,80}\\?$");
    private static final Pattern PROMO_END = Pattern.compile(
            "(?i)^\\*?(stock advisor|returns?) (returns )?as of .*|^see the (\\d+|ten) stocks.*");
    private static final int PROMO_MAX_LINES = 12;

    private Boilerplate() {
    }

    private static final PatternScreen SCREEN = PatternScreen.of(LINES);

    public static boolean isFurniture(String line) {
        java.util.BitSet may = SCREEN.candidates(line);
        for (int i = may.nextSetBit(0); i >= 0; i = may.nextSetBit(i + 1)) {
            if (LINES.get(i).matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Length of a promotional block starting at {@code lines[from]} (0 when none starts there): from
     * its opening line to its closing line, or just the opening line when no close follows nearby.
     */
    public static int promoBlockLength(List<String> lines, int from) {
        if (!PROMO_START.matcher(lines.get(from)).matches()) {
            return 0;
        }
        int end = Math.min(lines.size(), from + PROMO_MAX_LINES);
        int last = from;
        for (int i = from + 1; i < end; i++) {
            if (PROMO_END.matcher(lines.get(i)).matches()) {
                last = i;
            }
        }
        return last - from + 1;
    }
}
