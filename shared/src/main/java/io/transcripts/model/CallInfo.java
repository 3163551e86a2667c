package io.transcripts.model;

/** The call a transcript records; any field may be null when the text does not say. */
public record CallInfo(String company, String ticker, FiscalPeriod period, String date) {
    public static final CallInfo UNKNOWN = new CallInfo(null, null, null, null);
}
