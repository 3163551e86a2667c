package io.transcripts.model;

/** A new or changed guidance item, raised once per document and item. */
public record Alert(String alertId, String documentId, String company, String ticker, String metric, FiscalPeriod period,
                    String basis, Direction direction, Double low, Double high, Unit unit, Double priorLow,
                    Double priorHigh, String priorDocumentId, Double midpointChangePercent, String quote,
                    String sourceKey, String createdAt) {
    /** The guidance item this alert is about. */
    public String itemKey() {
        return ItemKey.of(metric, period, basis).toString();
    }
}
