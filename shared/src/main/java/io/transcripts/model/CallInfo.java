package io.transcripts.model;

import java.util.List;

/**
 * The call a transcript records; any field may be null when the text does not say. {@code
 * evidence} says where each value was read, so a wrong one can be traced.
 */
public record CallInfo(String company, String ticker, FiscalPeriod period, String date, List<Evidence> evidence) {
    public static final CallInfo UNKNOWN = new CallInfo(null, null, null, null);

    /** Where a field's value was read: {@code from} the title lines, the opening turns or the whole text, with that line or sentence. */
    public record Evidence(String field, String from, String text) {
    }

    public CallInfo {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public CallInfo(String company, String ticker, FiscalPeriod period, String date) {
        this(company, ticker, period, date, List.of());
    }
}
