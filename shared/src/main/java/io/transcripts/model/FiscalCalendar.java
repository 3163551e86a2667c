package io.transcripts.model;

import java.time.LocalDate;

/**
 * A company's fiscal calendar: the month its fiscal year ends in. Fiscal years are named by the
 * calendar year they end in (a year ending January 2026 is FY2026), and a quarter end a few days
 * into a month (52/53-week years: "February 1") belongs to the month before.
 */
public record FiscalCalendar(int yearEndMonth) {
    public static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(12);
    private static final int SPILL_DAYS = 7;

    public FiscalCalendar {
        if (yearEndMonth < 1 || yearEndMonth > 12) {
            throw new IllegalArgumentException("no month " + yearEndMonth);
        }
    }

    /** The fiscal quarter a date falls in. */
    public FiscalPeriod quarterOf(LocalDate date) {
        LocalDate d = date.getDayOfMonth() <= SPILL_DAYS ? date.minusDays(date.getDayOfMonth()) : date;
        int m = d.getMonthValue();
        int monthsIn = Math.floorMod(m - yearEndMonth - 1, 12);
        int year = m > yearEndMonth ? d.getYear() + 1 : d.getYear();
        return FiscalPeriod.quarter(year, monthsIn / 3 + 1);
    }
}
