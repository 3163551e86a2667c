package io.transcripts.financials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the periods a sentence names and resolves them into the company's fiscal labels relative
 * to the call's own period: "the third quarter", "Q3", "next quarter", "the full year", "fiscal
 * 2024", "the second half". A mention in a comparison ("compared to the second quarter of 2016",
 * "down from 36% in fiscal 2023") is marked so it never decides what a number is about.
 */
public final class Periods {
    /** A period named at a position; {@code calendar} marks "calendar 2026", which is no fiscal label. */
    public record Mention(String period, int start, int end, boolean comparative, boolean calendar, boolean implicitYear) {
    }

    private static final String YR = "(?:(?:fiscal(?:\\s+year)?|FY|full[- ]year|calendar(?:\\s+year)?)\\s*)?((?:19|20)\\d{2}|['’]\\d{2})";
    private static final String YR_OPT = "(?:\\s*,?\\s*(?:of\\s+)?(?:the\\s+)?(?:(?:fiscal(?:\\s+year)?|FY)\\s*((?:19|20)\\d{2}|['’]?\\d{2})|((?:19|20)\\d{2}|['’]\\d{2})))?";
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter|(Q[1-4])|([1-4])Q)" + YR_OPT);
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?i)\\b(?:fiscal\\s+|FY\\s*)?((?:19|20)\\d{2})\\s+(?:fiscal\\s+)?(Q[1-4])\\b");
    private static final Pattern HALF = Pattern.compile(
            "(?i)\\b(?:(first|second|back|front|1st|2nd)\\s+half|(H[12])|([12])H)(?:\\s+of\\s+(?:the\\s+)?(?:fiscal\\s+)?year)?" + YR_OPT);
    private static final Pattern NEXT_QUARTER = Pattern.compile("(?i)\\b(?:next|coming|upcoming|following)\\s+quarter\\b");
    /** On the call, the quarter under way is the one after the quarter it reports. */
    private static final Pattern NEXT_OR_CURRENT_QUARTER = Pattern.compile(
            "(?i)\\b(?:next|coming|upcoming|following|current|present|this)\\s+quarter\\b");
    private static final Pattern YEAR = Pattern.compile(
            "(?i)\\b(fiscal(?:\\s+year)?|FY|full[- ]year|calendar(?:\\s+year)?|year)?\\s*((?:19|20)\\d{2})\\b|"
                    + "\\b(fiscal(?:\\s+year)?|FY|calendar(?:\\s+year)?)\\s*['’]?(\\d{2})\\b|['’](\\d{2})\\b");
    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\b(?:next|coming|following)\\s+(?:fiscal\\s+)?year\\b|\\bthe\\s+year\\s+ahead\\b");
    private static final Pattern THIS_YEAR = Pattern.compile(
            "(?i)\\b(?:full[- ]year|the\\s+(?:fiscal\\s+)?year|fiscal\\s+year|this\\s+(?:fiscal\\s+)?year|the\\s+remainder\\s+of\\s+the\\s+year|"
                    + "the\\s+balance\\s+of\\s+the\\s+year|for\\s+the\\s+full)\\b");
    private static final Pattern COMPARATIVE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:from(?!\\s+operat)|than|versus|vs\\.?|compared\\s+(?:to|with)|relative\\s+to|achieved\\s+in|reported\\s+in|over|since|"
                    + "in\\s+line\\s+with|same\\s+as|similar\\s+to|like)\\s+(?:[^\\s,;]+\\s+){0,3}|\\b(?:into|during|in|of|ended|ending)\\s+(?:the\\s+)?(?:last|prior|previous|past)\\s+)$");
    private static final Pattern DATE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2},?\\s*|\\b(?:ending|ended|end\\s+of)\\s+)$");
    private static final Pattern YOY_AFTER = Pattern.compile("(?i)^\\s*(?:a\\s+year\\s+ago|last\\s+year|in\\s+the\\s+prior\\s+year)");

    private Periods() {
    }

    /**
     * Every period the sentence names, in order. {@code forward} says the sentence looks ahead: a
     * quarter or half that is already over, named without a year, then means the next year's.
     */
    public static List<Mention> mentions(String s, String callPeriod, boolean forward) {
        int callYear = year(callPeriod);
        int callQuarter = throughQuarter(callPeriod);
        List<Mention> out = new ArrayList<>();
        Matcher m = YEAR_QUARTER.matcher(s);
        while (m.find()) {
            add(out, s, "FY" + m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT), m.start(), m.end(), false, false);
        }
        m = QUARTER.matcher(s);
        while (m.find()) {
            int n = m.group(1) != null ? ordinal(m.group(1)) : m.group(2) != null ? m.group(2).charAt(1) - '0'
                    : Integer.parseInt(m.group(3));
            String y = m.group(4) != null ? m.group(4) : m.group(5);
            Integer year = y == null ? null : fullYear(y);
            boolean implicit = year == null;
            if (year == null) {
                if (callYear < 0) {
                    continue;
                }
                year = forward && callQuarter > 0 && n <= callQuarter && n < 4 && !mentionsThisYear(s) ? callYear + 1 : callYear;
                if (forward && callQuarter == 4 && n <= 4 && !mentionsThisYear(s)) {
                    year = n == 4 && !NEXT_YEAR.matcher(s).find() ? callYear : callYear + 1;
                }
            }
            add(out, s, "FY" + year + "-Q" + n, m.start(), m.end(), false, implicit);
        }
        m = HALF.matcher(s);
        while (m.find()) {
            String w = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) + "H").toLowerCase(Locale.ROOT);
            boolean first = w.startsWith("first") || w.startsWith("front") || w.startsWith("1") || w.equals("h1");
            String y = m.group(4) != null ? m.group(4) : m.group(5);
            Integer year = y == null ? null : fullYear(y);
            boolean implicit = year == null;
            if (year == null) {
                if (callYear < 0) {
                    continue;
                }
                boolean over = callQuarter == 4 || (first && callQuarter >= 2);
                year = forward && over && !mentionsThisYear(s) ? callYear + 1 : callYear;
            }
            add(out, s, "FY" + year + (first ? "-H1" : "-H2"), m.start(), m.end(), false, implicit);
        }
        m = (forward ? NEXT_OR_CURRENT_QUARTER : NEXT_QUARTER).matcher(s);
        while (m.find()) {
            if (callYear > 0 && callQuarter > 0) {
                add(out, s, callQuarter == 4 ? "FY" + (callYear + 1) + "-Q1" : "FY" + callYear + "-Q" + (callQuarter + 1),
                        m.start(), m.end(), false, true);
            }
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            String prefix = m.group(1) != null ? m.group(1) : m.group(3);
            String digits = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5);
            boolean calendar = prefix != null && prefix.toLowerCase(Locale.ROOT).startsWith("calendar");
            int start = m.group(2) != null && m.group(1) == null ? m.start(2) : m.start();
            if (m.group(2) != null && m.group(1) == null && DATE_BEFORE.matcher(s.substring(0, start)).find()) {
                continue; // "ending March 31, 2024" dates a period, it names none
            }
            add(out, s, "FY" + fullYear(digits), start, m.end(), calendar, false);
        }
        m = NEXT_YEAR.matcher(s);
        while (m.find()) {
            if (callYear > 0) {
                add(out, s, "FY" + (callYear + 1), m.start(), m.end(), false, true);
            }
        }
        m = THIS_YEAR.matcher(s);
        while (m.find()) {
            if (callYear > 0) {
                // on a fourth-quarter call the year is over: a forward "full year" is the next one
                int y = forward && callQuarter == 4 && !mentionsThisYear(s) ? callYear + 1 : callYear;
                add(out, s, "FY" + y, m.start(), m.end(), false, true);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static void add(List<Mention> out, String s, String period, int start, int end, boolean calendar, boolean implicit) {
        for (Mention x : out) {
            if (start < x.end() && end > x.start()) {
                return; // "the third quarter of fiscal 2024" is one mention, not a quarter and a year
            }
        }
        String before = s.substring(Math.max(0, start - 45), start);
        boolean comparative = COMPARATIVE_BEFORE.matcher(before).find() || YOY_AFTER.matcher(s.substring(end)).lookingAt();
        out.add(new Mention(period, start, end, comparative, calendar, implicit));
    }

    /**
     * The period a value is about: a mention between the metric and the value, else the nearest
     * before the metric, else one right after the value in the same clause ("33% to 34% of revenue
     * for fiscal 2024"); comparisons never count. Null when none fits.
     */
    public static Mention nearest(List<Mention> mentions, String s, int from, int valueEnd) {
        Mention inside = null;
        Mention before = null;
        Mention after = null;
        for (Mention x : mentions) {
            if (x.comparative()) {
                continue;
            }
            if (x.start() >= from && x.end() <= valueEnd) {
                inside = x;
            } else if (x.end() <= from) {
                before = x;
            } else if (x.start() >= valueEnd && after == null) {
                String gap = s.substring(valueEnd, x.start());
                if (gap.length() <= 45 && !gap.matches("(?s).*[,;:].*")) {
                    after = x;
                }
            }
        }
        return inside != null ? inside : before != null ? before : after;
    }

    /** The first non-comparative mention of a sentence, for callers that need one label. */
    public static String resolve(String sentence, String callPeriod) {
        return mentions(sentence, callPeriod, false).stream().filter(m -> !m.comparative() && !m.calendar())
                .map(Mention::period).findFirst().orElse(null);
    }

    private static boolean mentionsThisYear(String s) {
        return s.toLowerCase(Locale.ROOT).matches("(?s).*\\bthis (?:fiscal )?year\\b.*");
    }

    private static int ordinal(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static int fullYear(String digits) {
        String d = digits.replace("'", "").replace("’", "");
        return d.length() == 2 ? 2000 + Integer.parseInt(d) : Integer.parseInt(d);
    }

    public static int year(String period) {
        if (period == null || !period.matches("FY\\d{4}.*")) {
            return -1;
        }
        return Integer.parseInt(period.substring(2, 6));
    }

    public static int quarter(String period) {
        return period != null && period.matches("FY\\d{4}-Q[1-4]") ? period.charAt(period.length() - 1) - '0' : -1;
    }

    /**
     * The last quarter a call's period covers: its quarter, 2 for a half-year call, 4 for a second
     * half or a full-year call, so half-year and annual reporters read like a quarter's call.
     */
    static int throughQuarter(String callPeriod) {
        if (callPeriod == null) {
            return -1;
        }
        if (callPeriod.endsWith("-H1")) {
            return 2;
        }
        return callPeriod.endsWith("-H2") || callPeriod.matches("FY\\d{4}") ? 4 : quarter(callPeriod);
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
        int cq = throughQuarter(callPeriod);
        if (q > 0 && cq > 0) {
            return q <= cq;
        }
        if (period.endsWith("-H1")) {
            return cq >= 2;
        }
        if (period.endsWith("-H2")) {
            return cq == 4;
        }
        return period.equals("FY" + y) && cq == 4; // a Q4 call reports its full year
    }
}
