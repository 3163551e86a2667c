package io.transcripts.financials;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the period a sentence speaks of into the company's fiscal label, relative to the call's
 * own period: "the third quarter", "Q3", "next quarter", "the full year", "fiscal 2024", "the second half".
 */
public final class Periods {
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\b(?:(first|second|third|fourth)\\s+(?:fiscal\\s+)?quarter|(Q[1-4]))(?:\\s+(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?|FY\\s*)?('?\\d{2,4}))?");
    private static final Pattern NEXT_QUARTER = Pattern.compile("(?i)\\b(next|coming|upcoming) quarter\\b");
    private static final Pattern HALF = Pattern.compile("(?i)\\b(first|second|back|front) half(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile(
            "(?i)\\b(?:full[- ]year|fiscal(?: year)?|calendar(?: year)?|FY|for|in|year)\\s*'?((?:19|20)\\d{2}|\\d{2})\\b|\\b((?:19|20)\\d{2})\\s+(?:full[- ]year|guidance|outlook)");
    private static final Pattern FULL_YEAR = Pattern.compile("(?i)\\b(full[- ]year|the year|fiscal year|annual|for the full|this year|the remainder of the year)\\b");

    private Periods() {
    }

    /** The fiscal period the words name, or null. {@code callPeriod} is like FY2024-Q2. */
    public static String resolve(String sentence, String callPeriod) {
        int callYear = year(callPeriod);
        int callQuarter = quarter(callPeriod);
        Matcher q = QUARTER.matcher(sentence);
        if (q.find()) {
            int n = q.group(1) != null ? ordinal(q.group(1)) : q.group(2).charAt(1) - '0';
            Integer y = q.group(3) == null ? null : fullYear(q.group(3));
            if (y == null) {
                if (callYear < 0) {
                    return null;
                }
                y = callQuarter > 0 && n < callQuarter && mentionsNextYear(sentence) ? callYear + 1 : callYear;
            }
            return "FY" + y + "-Q" + n;
        }
        if (NEXT_QUARTER.matcher(sentence).find() && callYear > 0 && callQuarter > 0) {
            return callQuarter == 4 ? "FY" + (callYear + 1) + "-Q1" : "FY" + callYear + "-Q" + (callQuarter + 1);
        }
        Matcher h = HALF.matcher(sentence);
        if (h.find()) {
            Integer y = h.group(2) == null ? (callYear > 0 ? callYear : null) : Integer.valueOf(h.group(2));
            String which = h.group(1).toLowerCase(Locale.ROOT);
            return y == null ? null : "FY" + y + (which.equals("first") || which.equals("front") ? "-H1" : "-H2");
        }
        Matcher yr = YEAR.matcher(sentence);
        while (yr.find()) {
            String digits = yr.group(1) != null ? yr.group(1) : yr.group(2);
            if (yr.group().toLowerCase(Locale.ROOT).startsWith("calendar")) {
                continue; // "calendar 2026" is no fiscal label
            }
            return "FY" + fullYear(digits);
        }
        if (FULL_YEAR.matcher(sentence).find() && callYear > 0) {
            return "FY" + callYear;
        }
        return null;
    }

    private static boolean mentionsNextYear(String s) {
        return s.toLowerCase(Locale.ROOT).contains("next year");
    }

    private static int ordinal(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }

    private static int fullYear(String digits) {
        String d = digits.replace("'", "");
        return d.length() == 2 ? 2000 + Integer.parseInt(d) : Integer.parseInt(d);
    }

    static int year(String period) {
        if (period == null || !period.matches("FY\\d{4}.*")) {
            return -1;
        }
        return Integer.parseInt(period.substring(2, 6));
    }

    static int quarter(String period) {
        return period != null && period.matches("FY\\d{4}-Q[1-4]") ? period.charAt(period.length() - 1) - '0' : -1;
    }

    /** Whether the period is over by the time of the call: reported, not guided. */
    public static boolean isReported(String period, String callPeriod) {
        if (period == null || callPeriod == null) {
            return false;
        }
        if (period.equals(callPeriod)) {
            return true;
        }
        int y = year(period);
        int cy = year(callPeriod);
        if (y != cy) {
            return y < cy;
        }
        int q = quarter(period);
        int cq = quarter(callPeriod);
        if (q > 0 && cq > 0) {
            return q <= cq;
        }
        if (period.endsWith("-H1") && cq >= 2) {
            return true;
        }
        return period.equals("FY" + y) && cq == 4; // a Q4 call reports its full year
    }
}
