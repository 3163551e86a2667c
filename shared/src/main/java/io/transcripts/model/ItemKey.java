package io.transcripts.model;

/**
 * The identity of a metric, guidance or alert item within one call: one per metric, period and
 * basis. Written as {@code metric#period#BASIS} ({@code ANY} for no basis) in sort keys and alert ids.
 */
public record ItemKey(String metric, FiscalPeriod period, Basis basis) {
    public static ItemKey of(String metric, FiscalPeriod period, String basis) {
        return new ItemKey(metric, period, basis == null ? null : Basis.valueOf(basis));
    }

    @Override
    public String toString() {
        return metric + "#" + period + "#" + (basis == null ? "ANY" : basis.name());
    }
}
