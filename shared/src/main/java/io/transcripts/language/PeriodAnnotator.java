package io.transcripts.language;

import io.transcripts.model.FiscalCalendar;
import io.transcripts.model.FiscalPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the periods a sentence names and resolves them into the company's fiscal periods relative
 * to the call's own: "the third quarter", "Q3", "next quarter", "the full year", "fiscal 2024",
 * "the second half". A mention in a comparison ("compared to the second quarter of 2016", "down
 * from 36% in fiscal 2023") is marked so it never decides what a number is about.
 */
public final class PeriodAnnotator {
    private static final String QUARTER_WORD = "(?:" + Ordinals.WORDS + ")";
    private static final String YR_OPT = "(?:\\s*,?\\s*(?:of\\s+)?(?:the\\s+)?(?:(?:fiscal(?:\\s+year)?|FY)\\s*-?\\s*((?:19|20)\\d{2}|['’]?\\d{2})|((?:19|20)\\d{2}|['’]\\d{2})))?";
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\b(?:(" + QUARTER_WORD + ")[- ](?:fiscal[- ])?quarter|(Q[1-4])|([1-4])Q)" + YR_OPT);
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?i)\\b(?:fiscal\\s+|FY\\s*)?((?:19|20)\\d{2})\\s+(?:fiscal\\s+)?(Q[1-4])\\b");
    /** "3Q25", "3Q 2025", "3QFY25": a quarter and its year written together. */
    public static final Pattern NQ_YEAR = Pattern.compile("(?i)\\b([1-4])Q\\s?(?:FY\\s?)?['’]?((?:19|20)?\\d{2})\\b");
    private static final Pattern HALF = Pattern.compile(
            "(?i)\\b(?:(first|second|back|front|1st|2nd)\\s+(?:half|six\\s+months)|(H[12])(?!\\d)|([12])H)(?:\\s+of\\s+(?:the\\s+)?(?:fiscal\\s+)?year)?" + YR_OPT);
    private static final Pattern NEXT_QUARTER = Pattern.compile("(?i)\\b" + Cue.NEXT.words() + "\\s+quarter\\b");
    /** On the call, the quarter under way is the one after the quarter it reports. */
    private static final Pattern NEXT_OR_CURRENT_QUARTER = Pattern.compile(
            "(?i)\\b(?:" + Cue.NEXT.words() + "|" + Cue.CURRENT.words() + ")\\s+quarter\\b");
    private static final Pattern YEAR = Pattern.compile(
            "(?i)\\b(fiscal(?:\\s+year)?|FY|full[- ]year|calendar(?:\\s+year)?|year)?\\s*((?:19|20)\\d{2})\\b|"
                    + "\\b(fiscal(?:\\s+year)?|FY|calendar(?:\\s+year)?)\\s*-?\\s*['’]?(\\d{2})\\b|['’](\\d{2})\\b");
    /** "year-to-date", "so far this year": the call's quarter, half, nine months or year, counted from the year's start. */
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?i)\\b(?:year[- ]to[- ]date|YTD|so\\s+far\\s+this\\s+year)\\b");
    /** "the first nine months", "9MFY'25": a span no fiscal label names, so nothing is read as any period's. */
    private static final Pattern NINE_MONTHS = Pattern.compile("(?i)\\b(?:(?:first\\s+)?nine[- ]months?|9\\s?M(?:\\s?FY)?\\s?['’]?(?:\\d{2}){0,2})\\b");
    private static final Pattern THE_QUARTER = Pattern.compile("(?i)\\b(?:(?:in|during|for|ended|over)\\s+the|this)\\s+quarter\\b");
    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\b" + Cue.NEXT.words() + "\\s+(?:fiscal\\s+)?year\\b|\\bthe\\s+year\\s+ahead\\b");
    private static final Pattern THIS_YEAR = Pattern.compile(
            "(?i)\\b(?:full[- ]year|the\\s+(?:fiscal\\s+)?year|fiscal\\s+year|this\\s+(?:fiscal\\s+)?year|the\\s+remainder\\s+of\\s+the\\s+year|"
                    + "the\\s+balance\\s+of\\s+the\\s+year|for\\s+the\\s+full|total\\s+year)\\b");
    private static final Pattern SAYS_THIS_YEAR = Pattern.compile("(?i)\\bthis (?:fiscal )?year\\b");
    private static final Pattern COMPARATIVE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:" + Cue.SINCE.words() + "|" + Cue.COMPARISON.words() + "|" + Cue.LIKENESS.words() + "|achieved\\s+in|reported\\s+in)\\s+(?:[^\\s,;]+\\s+){0,3}"
                    + "|\\b(?:into|during|in|of|ended|ending)\\s+(?:the\\s+)?" + Cue.LAST.words() + "\\s+)$");
    private static final Pattern DATE_BEFORE = Pattern.compile(
            "(?i)(?:\\b" + Months.WORDS + "\\.?\\s+\\d{1,2},?\\s*|\\b" + Cue.PERIOD_END.words() + "\\s+)$");
    private static final Pattern PRIOR_YEAR_AFTER = Pattern.compile("(?i)^\\s*" + Cue.PRIOR_YEAR.words());

    /** The patterns a sentence's scan must hold for {@link #mentions(String, FiscalPeriod, boolean, FiscalCalendar, PatternScreen.Found)}. */
    static final List<Pattern> SCREENED = List.of(CalendarAnnotator.MONTH_QUARTER, SAYS_THIS_YEAR, YEAR_QUARTER,
            NQ_YEAR, QUARTER, HALF, NINE_MONTHS, YEAR_TO_DATE, NEXT_OR_CURRENT_QUARTER, NEXT_QUARTER, THE_QUARTER, YEAR, NEXT_YEAR,
            THIS_YEAR);
    private static final PatternScreen SCREEN = PatternScreen.of(SCREENED);

    private PeriodAnnotator() {
    }

    /**
     * Every period the sentence names, in order, relative to the call's period (null: only periods
     * with a year). {@code forward} says the sentence looks ahead: a quarter or half that is already
     * over, named without a year, then means the next year's.
     */
    public static List<PeriodMention> mentions(String s, FiscalPeriod call, boolean forward) {
        return mentions(s, call, forward, null);
    }

    /** As {@link #mentions(String, FiscalPeriod, boolean)}, with the company's fiscal calendar where known. */
    public static List<PeriodMention> mentions(String s, FiscalPeriod call, boolean forward, FiscalCalendar calendar) {
        return mentions(s, call, forward, calendar, SCREEN.found(s));
    }

    /** @param may the sentence's scan by a screen holding {@link #SCREENED}: each pattern is then searched near its words only */
    static List<PeriodMention> mentions(String s, FiscalPeriod call, boolean forward, FiscalCalendar calendar, PatternScreen.Found may) {
        List<PeriodMention> out = new ArrayList<>();
        if (calendar != null && call != null) {
            for (MatchResult mq : may.all(CalendarAnnotator.MONTH_QUARTER)) {
                FiscalPeriod q = monthQuarter(Months.number(mq.group(1)), call, forward, calendar);
                if (q != null) {
                    add(out, s, q, mq.start(), mq.end(), false, true);
                }
            }
        }
        boolean thisYear = may.find(SAYS_THIS_YEAR, 0) != null;
        for (MatchResult m : may.all(YEAR_QUARTER)) {
            add(out, s, FiscalPeriod.quarter(Integer.parseInt(m.group(1)), m.group(2).charAt(1) - '0'), m.start(), m.end(), false, false);
        }
        for (MatchResult m : may.all(NQ_YEAR)) {
            add(out, s, FiscalPeriod.quarter(fullYear(m.group(2)), m.group(1).charAt(0) - '0'), m.start(), m.end(), false, false);
        }
        for (MatchResult m : may.all(QUARTER)) {
            int n = m.group(1) != null ? Ordinals.number(m.group(1)) : m.group(2) != null ? m.group(2).charAt(1) - '0'
                    : Integer.parseInt(m.group(3));
            if (n < 1 || n > 4) {
                continue;
            }
            Integer written = writtenYear(m);
            if (written == null && call == null) {
                continue;
            }
            int year = written != null ? written : impliedQuarterYear(n, call, forward, thisYear, s);
            add(out, s, FiscalPeriod.quarter(year, n), m.start(), m.end(), false, written == null);
        }
        for (MatchResult m : may.all(HALF)) {
            String w = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) + "H").toLowerCase(Locale.ROOT);
            boolean first = w.startsWith("first") || w.startsWith("front") || w.startsWith("1") || w.equals("h1");
            Integer written = writtenYear(m);
            if (written == null && call == null) {
                continue;
            }
            // a half already over, named without a year in a sentence that looks ahead, is next year's
            boolean over = call != null && (call.lastQuarter() == 4 || (first && call.lastQuarter() >= 2));
            int year = written != null ? written : forward && over && !thisYear ? call.year() + 1 : call.year();
            add(out, s, FiscalPeriod.half(year, first ? 1 : 2), m.start(), m.end(), false, written == null);
        }
        for (MatchResult m : may.all(NINE_MONTHS)) {
            add(out, s, null, m.start(), m.end(), false, false);
        }
        if (call != null) {
            relative(out, s, may, YEAR_TO_DATE, yearToDate(call));
            relative(out, s, may, forward ? NEXT_OR_CURRENT_QUARTER : NEXT_QUARTER, call.nextQuarter());
            relative(out, s, may, THE_QUARTER, call); // "in the quarter": the one the call reports
        }
        for (MatchResult m : may.all(YEAR)) {
            String prefix = m.group(1) != null ? m.group(1) : m.group(3);
            String digits = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5);
            boolean calendarYear = prefix != null && prefix.toLowerCase(Locale.ROOT).startsWith("calendar");
            int start = m.group(2) != null && m.group(1) == null ? m.start(2) : m.start();
            if (m.group(2) != null && m.group(1) == null && DATE_BEFORE.matcher(s.substring(0, start)).find()) {
                continue; // "ending March 31, 2024" dates a period, it names none
            }
            add(out, s, FiscalPeriod.year(fullYear(digits)), start, m.end(), calendarYear, false);
        }
        if (call != null) {
            relative(out, s, may, NEXT_YEAR, call.nextYear());
            // on a fourth-quarter call the year is over: a forward "full year" is the next one
            boolean over = forward && call.lastQuarter() == 4 && !thisYear;
            relative(out, s, may, THIS_YEAR, over ? call.nextYear() : call.fullYear());
        }
        out.sort(Comparator.comparingInt(PeriodMention::start));
        return out;
    }

    /** The span from the fiscal year's start to the end of the call's period; null for nine months, which no label names. */
    private static FiscalPeriod yearToDate(FiscalPeriod call) {
        return switch (call.lastQuarter()) {
            case 1 -> call;
            case 2 -> FiscalPeriod.half(call.year(), 1);
            case 4 -> call.fullYear();
            default -> null;
        };
    }

    /** "the September quarter" on the company's calendar: this fiscal year's, or the next one's when it looks ahead past it. */
    private static FiscalPeriod monthQuarter(int month, FiscalPeriod call, boolean forward, FiscalCalendar calendar) {
        int monthsIn = Math.floorMod(month - calendar.yearEndMonth() - 1, 12);
        if (monthsIn % 3 != 2) {
            return null; // no quarter of this calendar ends in that month
        }
        FiscalPeriod q = FiscalPeriod.quarter(call.year(), monthsIn / 3 + 1);
        return forward && q.isOverBy(call) && !q.equals(call) ? q.inYear(call.year() + 1) : q;
    }

    /** The year written with a quarter or half (groups 4 and 5 of their patterns), or null. */
    private static Integer writtenYear(MatchResult m) {
        String y = m.group(4) != null ? m.group(4) : m.group(5);
        return y == null ? null : fullYear(y);
    }

    /** A quarter named without a year: the call's year, or the next where the words look ahead past it. */
    private static int impliedQuarterYear(int n, FiscalPeriod call, boolean forward, boolean thisYear, String s) {
        int cq = call.lastQuarter();
        if (forward && cq == 4 && !thisYear) {
            return n == 4 && !NEXT_YEAR.matcher(s).find() ? call.year() : call.year() + 1;
        }
        return forward && n <= cq && n < 4 && !thisYear ? call.year() + 1 : call.year();
    }

    /** Every match of a phrase that names a period relative to the call ("next quarter", "the full year"). */
    private static void relative(List<PeriodMention> out, String s, PatternScreen.Found may, Pattern phrase, FiscalPeriod period) {
        for (MatchResult m : may.all(phrase)) {
            add(out, s, period, m.start(), m.end(), false, true);
        }
    }

    private static void add(List<PeriodMention> out, String s, FiscalPeriod period, int start, int end, boolean calendar,
                            boolean implicit) {
        for (PeriodMention x : out) {
            if (start < x.end() && end > x.start()) {
                return; // "the third quarter of fiscal 2024" is one mention, not a quarter and a year
            }
        }
        String before = s.substring(Math.max(0, start - 45), start);
        boolean comparative = COMPARATIVE_BEFORE.matcher(before).find() || PRIOR_YEAR_AFTER.matcher(s.substring(end)).lookingAt();
        out.add(new PeriodMention(period, start, end, comparative, calendar, implicit));
    }

    /**
     * The period a value is about: a mention between the metric and the value, else the nearest
     * before the metric, else one right after the value in the same clause ("33% to 34% of revenue
     * for fiscal 2024"); comparisons never count. Null when none fits.
     */
    public static PeriodMention nearest(List<PeriodMention> mentions, String s, int from, int valueEnd) {
        return nearest(mentions, s, from, valueEnd, List.of());
    }

    /**
     * As {@link #nearest(List, String, int, int)}, where a period before the item that another value
     * of the sentence owns ("the $300 million impact ... in Q3, and our free cash flow is expected to
     * be ...") is that value's, not the item's.
     */
    public static PeriodMention nearest(List<PeriodMention> mentions, String s, int from, int valueEnd, List<Range> values) {
        PeriodMention inside = null;
        PeriodMention before = null;
        PeriodMention after = null;
        for (PeriodMention x : mentions) {
            if (x.comparative()) {
                continue;
            }
            if (x.start() >= from && x.end() <= valueEnd) {
                inside = x;
            } else if (x.end() <= from) {
                if (!ownedByValue(x, s, from, values)) {
                    before = x;
                }
            } else if (x.start() >= valueEnd && after == null) {
                String gap = s.substring(valueEnd, x.start());
                if (gap.length() <= 45 && !clauseBreak(gap)) {
                    after = x;
                }
            }
        }
        return inside != null ? inside : before != null ? before : after;
    }

    private static boolean ownedByValue(PeriodMention x, String s, int from, List<Range> values) {
        if (ADJACENT.matcher(s.substring(x.end(), from)).matches()) {
            return false; // "... and full-year revenue of": the period names the metric that follows it
        }
        for (Range r : values) {
            if (r.end() <= x.start() && r.start() < from && x.start() - r.end() <= 50
                    && !clauseBreak(s.substring(r.end(), x.start()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(String gap) {
        return gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0;
    }

    private static final Pattern ADJACENT = Pattern.compile("(?i)^[\\s-]*(?:[\\w-]+\\s+){0,2}$");

    /** "24", "'24", "2024": the year. */
    public static int fullYear(String digits) {
        String d = digits.replace("'", "").replace("’", "");
        return d.length() == 2 ? 2000 + Integer.parseInt(d) : Integer.parseInt(d);
    }
}
