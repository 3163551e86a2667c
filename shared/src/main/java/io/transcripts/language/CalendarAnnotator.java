package io.transcripts.language;

import io.transcripts.model.FiscalCalendar;
import io.transcripts.model.FiscalPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What a call says of its own calendar: the month its fiscal year ends ("our fiscal year ends in
 * January", "fiscal 2026 ending June 30, 2026") and the end of the quarter it reports ("for the
 * quarter ended September 30, 2024").
 */
public final class CalendarAnnotator {
    private static final Pattern YEAR_END = Pattern.compile(
            "(?i)\\bfiscal(?:\\s+year)?(?:\\s+(?:19|20)\\d{2})?,?\\s+(?:that\\s+|which\\s+)?(?:ends|ended|ending|end)\\s+(?:in\\s+|on\\s+)?("
                    + Months.WORDS + ")\\b");
    private static final Pattern QUARTER_ENDED = Pattern.compile(
            "(?i)\\b(?:quarter|three\\s+months)\\s+(?:that\\s+)?(?:ended|ending)\\s+(?:on\\s+)?(" + Months.WORDS
                    + ")\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");

    /** "the September quarter": a quarter named by the month it ends. */
    public static final Pattern MONTH_QUARTER = Pattern.compile("(?i)\\b(" + Months.WORDS + ")\\.?\\s+quarter\\b");

    /** The three are searched near their words only: a call's text is long, and they are rare in it. */
    private static final PatternScreen SCREEN = PatternScreen.of(java.util.List.of(YEAR_END, QUARTER_ENDED, MONTH_QUARTER));

    private CalendarAnnotator() {
    }

    /**
     * The fiscal calendar of a call that names quarters by month ("the June quarter") but never
     * states its year end: the named month that ended shortly before the call date is the month the
     * call's own quarter ended, and the year ends that many quarters later.
     */
    public static Optional<FiscalCalendar> inferred(String text, FiscalPeriod call, LocalDate callDate) {
        return inferred(SCREEN.found(text), call, callDate);
    }

    /** The calendar the text states, else the one its month-named quarters imply: one pass over the text. */
    public static Optional<FiscalCalendar> statedOrInferred(String text, FiscalPeriod call, LocalDate callDate) {
        PatternScreen.Found found = SCREEN.found(text);
        return calendar(found).or(() -> inferred(found, call, callDate));
    }

    private static Optional<FiscalCalendar> inferred(PatternScreen.Found found, FiscalPeriod call, LocalDate callDate) {
        if (call == null || callDate == null || !call.isQuarter()) {
            return Optional.empty();
        }
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (MatchResult m : found.all(MONTH_QUARTER)) {
            named.add(Months.number(m.group(1)));
        }
        for (int back = 1; back <= 3; back++) {
            int month = Math.floorMod(callDate.getMonthValue() - back - 1, 12) + 1;
            if (named.contains(month)) {
                return Optional.of(new FiscalCalendar(Math.floorMod(month + 3 * (4 - call.index()) - 1, 12) + 1));
            }
        }
        return Optional.empty();
    }

    /** The fiscal calendar the text states, if it states one. */
    public static Optional<FiscalCalendar> calendar(String text) {
        return calendar(SCREEN.found(text));
    }

    private static Optional<FiscalCalendar> calendar(PatternScreen.Found found) {
        MatchResult m = found.find(YEAR_END, 0);
        return m != null ? Optional.of(new FiscalCalendar(Months.number(m.group(1)))) : Optional.empty();
    }

    /** The first quarter end the text states, if any. */
    public static Optional<LocalDate> quarterEnd(String text) {
        for (MatchResult m : SCREEN.found(text).all(QUARTER_ENDED)) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Months.number(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                // not a date ("June 31"): look on
            }
        }
        return Optional.empty();
    }
}
