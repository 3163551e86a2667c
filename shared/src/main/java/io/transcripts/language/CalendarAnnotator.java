package io.transcripts.language;

import io.transcripts.model.FiscalCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
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

    private CalendarAnnotator() {
    }

    /** The fiscal calendar the text states, if it states one. */
    public static Optional<FiscalCalendar> calendar(String text) {
        Matcher m = YEAR_END.matcher(text);
        return m.find() ? Optional.of(new FiscalCalendar(Months.number(m.group(1)))) : Optional.empty();
    }

    /** The first quarter end the text states, if any. */
    public static Optional<LocalDate> quarterEnd(String text) {
        Matcher m = QUARTER_ENDED.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Months.number(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                // not a date ("June 31"): look on
            }
        }
        return Optional.empty();
    }
}
