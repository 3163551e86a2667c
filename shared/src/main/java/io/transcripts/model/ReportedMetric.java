package io.transcripts.model;

/** A value the company reports for a period that is over. */
public record ReportedMetric(String metric, FiscalPeriod period, double value, Unit unit, Basis basis, Evidence evidence) {
    public String itemKey() {
        return new ItemKey(metric, period, basis).toString();
    }
}
