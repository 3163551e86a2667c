package io.transcripts.language;

import io.transcripts.model.FiscalPeriod;

/**
 * A period named at a position in a sentence. {@code comparative} marks a period named as the base
 * of a comparison ("compared to the second quarter of 2016"), {@code calendar} one named as a
 * calendar year ("calendar 2026", no fiscal label), {@code implicitYear} one whose year the call
 * supplied ("the third quarter"). {@code period} is null for a span no fiscal label names ("the first nine months").
 */
public record PeriodMention(FiscalPeriod period, int start, int end, boolean comparative, boolean calendar,
                            boolean implicitYear) {
    /** Whether the mention can say what a number is about: no comparison base, no calendar year. */
    public boolean fiscal() {
        return period != null && !comparative && !calendar;
    }
}
