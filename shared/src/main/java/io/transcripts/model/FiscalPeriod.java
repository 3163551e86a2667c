package io.transcripts.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's own fiscal period: a full year, a half or a quarter of fiscal year {@code year}.
 * Written {@code FY2024}, {@code FY2024-H2}, {@code FY2024-Q3} at the edges (exports, keys); inside
 * the domain it is compared and stepped as a value. Fiscal years are named by the calendar year
 * they end in ({@link FiscalCalendar}).
 */
public record FiscalPeriod(int year, Span span, int index) implements Comparable<FiscalPeriod> {
    /** What part of the year the period covers. */
    public enum Span {YEAR, HALF, QUARTER}

    private static final Pattern LABEL = Pattern.compile("FY(\\d{4})(?:-([HQ])([1-4]))?");
    private static final Comparator<FiscalPeriod> ORDER = Comparator.comparingInt((FiscalPeriod p) -> p.year)
            .thenComparingInt(FiscalPeriod::lastQuarter).thenComparingInt(p -> -p.firstQuarter()); // by end, shorter first

    public FiscalPeriod {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + year);
        }
        int max = switch (span) {
            case YEAR -> 0;
            case HALF -> 2;
            case QUARTER -> 4;
        };
        if (span == Span.YEAR ? index != 0 : index < 1 || index > max) {
            throw new IllegalArgumentException("no " + span + " " + index + " in a fiscal year");
        }
    }

    public static FiscalPeriod year(int year) {
        return new FiscalPeriod(year, Span.YEAR, 0);
    }

    public static FiscalPeriod half(int year, int half) {
        return new FiscalPeriod(year, Span.HALF, half);
    }

    public static FiscalPeriod quarter(int year, int quarter) {
        return new FiscalPeriod(year, Span.QUARTER, quarter);
    }

    /** Reads a label written by {@link #toString()}; empty for anything else. */
    public static Optional<FiscalPeriod> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(label.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(year(y));
        }
        int i = m.group(3).charAt(0) - '0';
        if (m.group(2).equals("H") && i > 2) {
            return Optional.empty();
        }
        return Optional.of(m.group(2).equals("H") ? half(y, i) : quarter(y, i));
    }

    /** Like {@link #parse} for labels that must be well formed (stored items). */
    public static FiscalPeriod of(String label) {
        return parse(label).orElseThrow(() -> new IllegalArgumentException("not a fiscal period label: " + label));
    }

    public boolean isQuarter() {
        return span == Span.QUARTER;
    }

    public boolean isHalf() {
        return span == Span.HALF;
    }

    public boolean isYear() {
        return span == Span.YEAR;
    }

    /** The first quarter of the year the period covers: 1 for a year or H1, 3 for H2. */
    public int firstQuarter() {
        return switch (span) {
            case YEAR -> 1;
            case HALF -> index * 2 - 1;
            case QUARTER -> index;
        };
    }

    /**
     * The last quarter the period covers: its quarter, 2 for H1, 4 for H2 or a year, so half-year
     * and annual reporters read like a quarter's call.
     */
    public int lastQuarter() {
        return switch (span) {
            case YEAR -> 4;
            case HALF -> index * 2;
            case QUARTER -> index;
        };
    }

    /** The quarter after the last one this period covers ("next quarter" on this period's call). */
    public FiscalPeriod nextQuarter() {
        int q = lastQuarter();
        return q == 4 ? quarter(year + 1, 1) : quarter(year, q + 1);
    }

    public FiscalPeriod nextYear() {
        return year(year + 1);
    }

    public FiscalPeriod fullYear() {
        return year(year);
    }

    /** The same part of another fiscal year. */
    public FiscalPeriod inYear(int y) {
        return new FiscalPeriod(y, span, index);
    }

    /** Whether this period is over by the end of {@code call}'s period: reported on that call, not guided. */
    public boolean isOverBy(FiscalPeriod call) {
        if (year != call.year) {
            return year < call.year;
        }
        return lastQuarter() <= call.lastQuarter();
    }

    @Override
    public int compareTo(FiscalPeriod o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return switch (span) {
            case YEAR -> "FY" + year;
            case HALF -> "FY" + year + "-H" + index;
            case QUARTER -> "FY" + year + "-Q" + index;
        };
    }
}
