package io.transcripts.model;

/**
 * What the company says about a period not yet reported. A point estimate has low == high, a floor
 * has high null, a withdrawn item has both null; {@code text} keeps non-numeric guidance as words.
 */
public record Guidance(String metric, FiscalPeriod period, Double low, Double high, Unit unit, Basis basis,
                       Direction direction, Double priorLow, Double priorHigh, String priorDocumentId,
                       String text, Evidence evidence) {

    /** The identity of an item within one call: one item per metric, period and basis. */
    public String itemKey() {
        return new ItemKey(metric, period, basis).toString();
    }

    public Guidance withDirection(Direction d, Double pLow, Double pHigh, String priorDoc) {
        return new Guidance(metric, period, low, high, unit, basis, d, pLow, pHigh, priorDoc, text, evidence);
    }
}
